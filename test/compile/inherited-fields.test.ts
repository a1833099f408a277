// compile reads a world's own fields only, as the codecs do: a field Object.prototype holds (a polluted
// prototype) changes nothing, whether or not it is enumerable. Every optional field of the world's
// schema is tried, holding a value of its type taken from the sample world.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { accessReview, compile, encode } from '../../src/index.js'
import { sampleInput } from '../support/worlds.js'

interface SchemaNode { readonly [key: string]: unknown }

/** The names of every optional property in a JSON Schema. */
const optionalFields = (node: unknown, into: Set<string>): Set<string> => {
  if (typeof node !== 'object' || node === null) return into
  const schema = node as SchemaNode
  const properties = schema['properties']
  if (typeof properties === 'object' && properties !== null) {
    const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [])
    for (const key of Object.keys(properties)) if (!required.has(key)) into.add(key)
  }
  for (const inner of Object.values(schema)) optionalFields(inner, into)
  return into
}

/** The first value the sample world gives a field of this name, anywhere. */
const sampleValue = (node: unknown, key: string): unknown => {
  if (typeof node !== 'object' || node === null) return undefined
  if (!Array.isArray(node) && Object.hasOwn(node, key)) return (node as SchemaNode)[key]
  for (const inner of Object.values(node)) {
    const found = sampleValue(inner, key)
    if (found !== undefined) return found
  }
  return undefined
}

const schema: unknown = JSON.parse(readFileSync(new URL('../../schema/world.json', import.meta.url), 'utf8'))
const fields = [...optionalFields(schema, new Set())].filter((key) => key !== '$schema').sort()

/** What a compiled world says: its encoding and its access review (every decision it reproduces). */
const outcome = (input: unknown): string => {
  const result = compile(input)
  return result._tag === 'Left' ? JSON.stringify(result.left) : JSON.stringify([encode(result.right), [...accessReview(result.right)]])
}

/** The input with every object's fields its own, above a prototype that lends `key` (an own field wins). */
const lending = (node: unknown, key: string, value: unknown, enumerable: boolean): unknown => {
  if (Array.isArray(node)) return node.map((inner) => lending(inner, key, value, enumerable))
  if (typeof node !== 'object' || node === null) return node
  const copy = Object.create(Object.defineProperty({}, key, { value, enumerable, writable: true })) as Record<string, unknown>
  for (const [own, inner] of Object.entries(node)) copy[own] = lending(inner, key, value, enumerable)
  return copy
}

const plain = outcome(structuredClone(sampleInput))
const cases = fields.flatMap((key) => [[key, true], [key, false]] as const)

describe('a field inherited from a prototype is no field of the world', () => {
  test('the schema has optional fields to try', () => expect(fields).toEqual(expect.arrayContaining(['admin', 'enabled', 'roles', 'parent', 'default'])))

  test.each(cases)("every object's prototype lends %s (enumerable: %s): the world compiles as if it did not", (key, enumerable) => {
    expect(outcome(lending(structuredClone(sampleInput), key, sampleValue(sampleInput, key) ?? true, enumerable))).toBe(plain)
  })

  test.each(cases)('Object.prototype holds %s (enumerable: %s): compile refuses to read the world, naming it', (key, enumerable) => {
    const input = structuredClone(sampleInput)
    Object.defineProperty(Object.prototype, key, { value: sampleValue(sampleInput, key) ?? true, enumerable, configurable: true, writable: true })
    let polluted: ReturnType<typeof compile>
    try {
      polluted = compile(input)
    } finally {
      Reflect.deleteProperty(Object.prototype, key)
    }
    expect(polluted).toEqual({
      _tag: 'Left',
      left: [{ code: 'invalid_input', path: '(root)', message: `Object.prototype holds '${key}', a field every object would inherit: nothing can be read` }],
    })
    expect(outcome(input)).toBe(plain)
  })
})
