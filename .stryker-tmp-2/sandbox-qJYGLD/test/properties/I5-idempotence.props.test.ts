// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decideWith, policy, settle } from '../../src/index.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { compiled, probeModules } from '../support/compiled.js'
import { duplicate, repeatGrants } from '../support/shuffle.js'
import { settlingArb } from '../support/arbitraries/verdicts.js'
import { poolsOf, probingQuestions, sampleInput, worldArb } from '../support/worlds.js'

const worldAndQuestions = fc.oneof(fc.constant(sampleInput), worldArb).chain((w) => fc.tuple(fc.constant(w), fc.array(questionFrom(poolsOf(w)), { minLength: 1, maxLength: 8 })))

describe('I5 idempotence', () => {
  test('I5 settle gives the same decision when verdicts are repeated', () => {
    fc.assert(
      fc.property(settlingArb, fc.integer(), ({ requirement, verdicts }, seed) => {
        expect(settle(requirement, duplicate(verdicts, seed))).toStrictEqual(settle(requirement, verdicts))
      }),
      { numRuns: 300 },
    )
  })

  test('I5 repeating a module in a policy changes no decision', () => {
    const once = decideWith(policy(probeModules))
    // A module that resolves actors may appear once only (policy rejects two resolvers): repeat the others.
    const repeatable = probeModules.filter((m) => m.actors === undefined)
    fc.assert(
      fc.property(worldAndQuestions, fc.integer(), ([input, questions], seed) => {
        const world = compiled(input)
        const twice = decideWith(policy([...probeModules, ...duplicate(repeatable, seed).slice(repeatable.length)]))(world)
        for (const q of questions) expect(twice(q.subject, q.action, q.resource)).toStrictEqual(once(world)(q.subject, q.action, q.resource))
      }),
      { numRuns: 60 },
    )
  })

  // Repeating a user, a workspace member or a model assignment is an integrity error rather than a
  // no-op (a user holds exactly one role in a model, F34): compile rejects it with `duplicate_id`
  // (test/compile.test.ts). For those arrays only reordering is tested (I4).
  test('I5 repeating selective-access grants, alias grants, administration roles and role permissions changes no decision', () => {
    const ask = decideWith(policy(probeModules))
    fc.assert(
      fc.property(worldAndQuestions, fc.integer(), ([input, questions], seed) => {
        const original = ask(compiled(input))
        const repeated = ask(compiled(repeatGrants(input, seed)))
        for (const q of [...questions, ...probingQuestions(input)]) expect(repeated(q.subject, q.action, q.resource)).toStrictEqual(original(q.subject, q.action, q.resource))
      }),
      { numRuns: 60 },
    )
  })
})
