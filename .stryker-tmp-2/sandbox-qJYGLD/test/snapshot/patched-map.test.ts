// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withEntry, withoutEntry } from '../../src/snapshot/persistent/patched-map.js'

type Op = { readonly set: string; readonly value: number } | { readonly remove: string }

const keyArb = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', ''), fc.string({ maxLength: 3 }), fc.nat({ max: 200 }).map(String))
const opArb: fc.Arbitrary<Op> = fc.oneof(fc.record({ set: keyArb, value: fc.integer() }), fc.record({ remove: keyArb }))

/** A base map: small ones are copied on change, larger ones patched. */
const baseArb = (minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.tuple(keyArb, fc.integer()), { minLength, maxLength, selector: ([k]) => k })

const run = (base: ReadonlyMap<string, number>, ops: readonly Op[]) => {
  const versions: ReadonlyMap<string, number>[] = [base]
  const models: Map<string, number>[] = [new Map(base)]
  for (const op of ops) {
    const last = versions.at(-1)!
    const model = new Map(models.at(-1))
    if ('set' in op) model.set(op.set, op.value)
    else model.delete(op.remove)
    versions.push('set' in op ? withEntry(last, op.set, op.value) : withoutEntry(last, op.remove))
    models.push(model)
  }
  return { versions, models }
}

const sorted = (entries: Iterable<readonly [string, number]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

describe('patched maps', () => {
  it('behave like a native Map after any edits, and every earlier version is unchanged (persistence)', () => {
    fc.assert(
      fc.property(fc.oneof(baseArb(0, 8), baseArb(33, 80)), fc.array(opArb, { maxLength: 40 }), (entries, ops) => {
        const { versions, models } = run(new Map(entries), ops)
        versions.forEach((version, i) => {
          const model = models[i]!
          expect(version.size).toBe(model.size)
          expect(sorted(version)).toEqual(sorted(model))
          expect([...version.keys()]).toHaveLength(model.size)
          for (const key of [...model.keys(), 'absent-key']) {
            expect(version.get(key)).toBe(model.get(key))
            expect(version.has(key)).toBe(model.has(key))
          }
        })
      }),
      { numRuns: 100 },
    )
  })

  it('keep the base order, then new keys, so iteration is deterministic', () => {
    const base = new Map(Array.from({ length: 40 }, (_, i) => [`k${i}`, i] as const))
    const edited = withEntry(withoutEntry(withEntry(base, 'k3', 99), 'k5'), 'new', 1)
    const keys = [...edited.keys()]
    expect(keys.slice(0, 5)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4'])
    expect(keys).not.toContain('k5')
    expect(keys.at(-1)).toBe('new')
    expect(edited.get('k3')).toBe(99)
    expect(base.get('k3')).toBe(3)
  })
})
