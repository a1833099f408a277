// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decide, decideWith, defaultPolicy, id, policy } from '../../src/index.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { compiled } from '../support/compiled.js'
import { probe } from '../support/probe.js'
import { poolsOf, sampleInput, worldArb } from '../support/worlds.js'

const worldAndQuestion = worldArb.chain((w) => fc.tuple(fc.constant(w), questionFrom(poolsOf(w))))

describe('I1 deny by default', () => {
  test('I1 an empty policy denies every request, saying why', () => {
    const decideEmpty = decideWith(policy([]))
    fc.assert(
      fc.property(worldAndQuestion, ([input, q]) => {
        const d = decideEmpty(compiled(input))(q.subject, q.action, q.resource)
        expect(d.effect).toBe('deny')
        expect(d.level).toBe('none')
        const codes = d.reasons.map((r) => r.code)
        expect([['default.no_grant'], ['request.resource_mismatch']]).toContainEqual(codes)
      }),
      { numRuns: 200 },
    )
  })

  test('I1 a subject the world does not know is denied every action', () => {
    // The default policy, and the default policy with a module that reads the world for what it knows of the subject.
    const reading = decideWith(policy([...defaultPolicy.modules, probe]))
    const sample = compiled(sampleInput)
    fc.assert(
      fc.property(fc.oneof(fc.constant(sampleInput), worldArb), questionFrom(poolsOf(sampleInput)), fc.constantFrom('stranger', 'Tina', 'tina '), (input, q, who) => {
        const world = input === sampleInput ? sample : compiled(input)
        for (const ask of [decide(world), reading(world)]) {
          const d = ask({ kind: 'user', id: id.user(who) }, q.action, q.resource)
          expect(d.effect).toBe('deny')
          expect(d.reasons.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 200 },
    )
  })
})
