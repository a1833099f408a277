// @ts-nocheck
// canonicalJson has JSON's semantics, keys sorted: a repeated command is recognised whatever its key order or undefined fields.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { canonicalJson } from '../../src/commands/order.js'

const withUndefined = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(undefined),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'session', '__proto__', 'toString'), tie('value'), { maxKeys: 4 }),
  ),
})).value

/** The same value with every object's keys in reverse order. */
const reversed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reversed)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).reverse()) Object.defineProperty(out, key, { value: reversed((value as Record<string, unknown>)[key]), enumerable: true })
  return out
}

test('canonicalJson(v) equals canonicalJson of v through JSON, and ignores key order', () => {
  fc.assert(
    fc.property(withUndefined, (value) => {
      const text = canonicalJson(value)
      const throughJson = JSON.stringify(value)
      expect(text).toBe(canonicalJson(throughJson === undefined ? undefined : JSON.parse(throughJson)))
      expect(canonicalJson(reversed(value))).toBe(text)
    }),
    { numRuns: 300 },
  )
})

test('a field that is undefined is left out; undefined in an array is null', () => {
  expect(canonicalJson({ b: 1, session: undefined, a: [undefined, 2] })).toBe('{"a":[null,2],"b":1}')
  expect(canonicalJson(JSON.parse('{"__proto__": 1, "a": 2}'))).toBe('{"__proto__":1,"a":2}')
})
