import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compile, traceWith } from '../../src/index.js'
import { deepFreeze } from '../../src/internal/deep-freeze.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { compiled, probePolicy } from '../support/compiled.js'
import { poolsOf, sampleInput, worldArb } from '../support/worlds.js'

const worldAndQuestion = fc.oneof(fc.constant(sampleInput), worldArb).chain((w) => fc.tuple(fc.constant(w), questionFrom(poolsOf(w))))
const ask = traceWith(probePolicy)

/** The paths of every frozen object or array inside a value (compile must not freeze what the caller owns). */
const frozenParts = (value: unknown, path = '$'): readonly string[] =>
  typeof value !== 'object' || value === null
    ? []
    : [...(Object.isFrozen(value) ? [path] : []), ...Object.entries(value).flatMap(([key, inner]) => frozenParts(inner, `${path}.${key}`))]

describe('I2 purity, determinism, no mutation', () => {
  test('I2 the same request twice, over the world compiled twice, gives deep-equal decisions', () => {
    fc.assert(
      fc.property(worldAndQuestion, ([input, q]) => {
        const first = ask(compiled(input))
        const again = ask(compiled(input))
        const d = first(q.subject, q.action, q.resource)
        expect(first(q.subject, q.action, q.resource)).toStrictEqual(d)
        expect(again(q.subject, q.action, q.resource)).toStrictEqual(d)
      }),
      { numRuns: 100 },
    )
  })

  test('I2 compile and decide never mutate their inputs, and deep-frozen inputs decide the same', () => {
    fc.assert(
      fc.property(worldAndQuestion, ([input, q]) => {
        const text = JSON.stringify(input)
        const frozenWorld = deepFreeze(structuredClone(input))
        const world = compile(frozenWorld)
        expect(world._tag).toBe('Right')
        if (world._tag === 'Left') return
        expect(JSON.stringify(frozenWorld)).toBe(text)
        const owned = structuredClone(input)
        compile(owned)
        expect(frozenParts(owned)).toEqual([])

        const plain = structuredClone(q)
        const frozen = deepFreeze(structuredClone(q))
        const before = JSON.stringify(q)
        const onPlain = ask(world.right)(plain.subject, plain.action, plain.resource)
        const onFrozen = ask(world.right)(frozen.subject, frozen.action, frozen.resource)
        expect(onFrozen).toStrictEqual(onPlain)
        expect(JSON.stringify(plain)).toBe(before)
        expect(JSON.stringify(frozen)).toBe(before)
        expect(onFrozen.reasons.map((r) => r.code)).not.toContain('engine.rule_failed')
        // Frozen input is well formed: only a cell naming no item of one of its module's lists is refused (by the rules, at resource.items).
        expect(onFrozen.reasons.filter((r) => r.code === 'request.invalid' && r.path !== 'resource.items')).toEqual([])
      }),
      { numRuns: 100 },
    )
  })
})
