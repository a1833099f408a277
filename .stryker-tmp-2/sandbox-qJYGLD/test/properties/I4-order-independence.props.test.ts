// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decideWith, policy, settle } from '../../src/index.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { compiled, probeModules } from '../support/compiled.js'
import { permute, reorderWorld } from '../support/shuffle.js'
import { reasonKey, settlingArb } from '../support/arbitraries/verdicts.js'
import { poolsOf, probingQuestions, sampleInput, worldArb } from '../support/worlds.js'

const worldAndQuestions = fc.oneof(fc.constant(sampleInput), worldArb).chain((w) => fc.tuple(fc.constant(w), fc.array(questionFrom(poolsOf(w)), { minLength: 1, maxLength: 8 })))

describe('I4 order independence', () => {
  test('I4 settle gives the same decision for every order of the verdicts, with reasons in canonical order', () => {
    fc.assert(
      fc.property(settlingArb, fc.integer(), ({ requirement, verdicts }, seed) => {
        const d = settle(requirement, verdicts)
        expect(settle(requirement, permute(verdicts, seed))).toStrictEqual(d)
        for (const list of [d.reasons, d.warnings]) {
          const keys = list.map(reasonKey)
          expect(keys).toStrictEqual([...new Set(keys)].sort())
        }
      }),
      { numRuns: 300 },
    )
  })

  test('I4 the order of modules in a policy changes no decision', () => {
    const inOrder = decideWith(policy(probeModules))
    fc.assert(
      fc.property(worldAndQuestions, fc.integer(), ([input, questions], seed) => {
        const world = compiled(input)
        const shuffled = decideWith(policy(permute(probeModules, seed)))(world)
        for (const q of questions) expect(shuffled(q.subject, q.action, q.resource)).toStrictEqual(inOrder(world)(q.subject, q.action, q.resource))
      }),
      { numRuns: 60 },
    )
  })

  test('I4 the order of users, members, models, lists, items, roles, assignments and grants changes no decision', () => {
    const ask = decideWith(policy(probeModules))
    fc.assert(
      fc.property(worldAndQuestions, fc.integer(), ([input, questions], seed) => {
        const original = ask(compiled(input))
        const reordered = ask(compiled(reorderWorld(input, seed)))
        for (const q of [...questions, ...probingQuestions(input)]) expect(reordered(q.subject, q.action, q.resource)).toStrictEqual(original(q.subject, q.action, q.resource))
      }),
      { numRuns: 60 },
    )
  })
})
