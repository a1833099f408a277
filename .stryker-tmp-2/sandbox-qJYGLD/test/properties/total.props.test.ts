// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { codecs, compile, decide, decideWith, defaultPolicy, policy, type Action, type Decision, type Resource, type Subject } from '../../src/index.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { compiled, probePolicy } from '../support/compiled.js'
import { mutationOf } from '../support/mutate.js'
import { probe } from '../support/probe.js'
import { poolsOf, sampleInput, worldArb } from '../support/worlds.js'

const world = compiled(sampleInput)
const asks = [decide(world), decideWith(probePolicy)(world)]
const isDecision = (d: Decision): boolean => (d.effect === 'allow' || d.effect === 'deny') && Array.isArray(d.reasons) && Array.isArray(d.warnings)

/** Decodes, then decides: the only outcomes are a Left or a decision. */
const decodeThenDecide = (body: unknown): void => {
  const decoded = codecs.request.decode(body)
  if (decoded._tag === 'Left') {
    expect(codecs.report(decoded.left).length).toBeGreaterThan(0)
    return
  }
  for (const ask of asks) expect(isDecision(ask(decoded.right.subject, decoded.right.action, decoded.right.resource))).toBe(true)
}

describe('Total: decode, compile and decide never throw', () => {
  test('Total: arbitrary JSON through codecs.request.decode then decide gives a Left or a decision', () => {
    fc.assert(fc.property(fc.jsonValue(), decodeThenDecide), { numRuns: 300 })
  })

  test('Total: mutated valid requests give a Left or a decision', () => {
    fc.assert(fc.property(mutationOf(questionFrom(poolsOf(sampleInput))), decodeThenDecide), { numRuns: 300 })
  })

  test('Total: compile on arbitrary JSON and on mutated valid worlds gives Left or Right', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutationOf(fc.oneof(fc.constant(sampleInput), worldArb))), (input) => {
        const result = compile(input)
        expect(['Left', 'Right']).toContain(result._tag)
        if (result._tag === 'Left') expect(result.left.every((e) => typeof e.path === 'string' && e.message.length > 0)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  test('Total: decide called directly with garbage objects denies', () => {
    const denying = [decide(world), decideWith(policy([...defaultPolicy.modules, probe]))(world)]
    const garbage = fc.oneof(fc.anything(), fc.constant(null), fc.constant(undefined), fc.constant({ kind: 'user' }), fc.constant({ type: 'cell.read' }), fc.constant({ kind: 'cell', items: null }))
    fc.assert(
      fc.property(garbage, garbage, garbage, (s, a, r) => {
        for (const ask of denying) {
          const d = ask(s as Subject, a as Action, r as Resource)
          expect(d.effect).toBe('deny')
          expect(d.reasons.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })
})
