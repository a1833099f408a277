// Mutations of valid JSON: replace, delete or add one field somewhere inside, to probe the decoders.
import fc from 'fast-check'

type Json = fc.JsonValue

const paths = (value: Json, at: readonly string[] = []): readonly (readonly string[])[] =>
  typeof value === 'object' && value !== null
    ? [at, ...Object.entries(value).flatMap(([key, inner]) => paths(inner ?? null, [...at, key]))]
    : [at]

const edit = (value: Json, path: readonly string[], change: (parent: Record<string, Json>, key: string) => void): Json => {
  const copy = structuredClone(value)
  let parent: Json = copy
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key] ?? null
  const last = path[path.length - 1]
  if (typeof parent === 'object' && parent !== null && last !== undefined) change(parent as Record<string, Json>, last)
  return copy
}

/** One mutation of a JSON value: a field replaced by arbitrary JSON, deleted, or a new field added. */
export const mutationOf = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.nat(), fc.constantFrom('replace', 'delete', 'add'), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('extra', '__proto__', 'constructor', 'kind', 'type', 'id')).map(([v, pick, op, replacement, key]) => {
    const value = JSON.parse(JSON.stringify(v)) as Json
    const all = paths(value)
    const path = all[pick % all.length] ?? []
    if (path.length === 0) return op === 'replace' ? replacement : value
    switch (op) {
      case 'replace':
        return edit(value, path, (parent, k) => { parent[k] = replacement })
      case 'delete':
        return edit(value, path, (parent, k) => { Reflect.deleteProperty(parent, k) })
      case 'add':
        // Stay within JSON: a key on an object (defined, so `__proto__` is an own key as JSON.parse makes it), an element on an array.
        return edit(value, [...path, key], (parent, k) => {
          if (Array.isArray(parent)) parent.push(replacement)
          else Object.defineProperty(parent, k, { value: replacement, enumerable: true, writable: true, configurable: true })
        })
    }
  })

/**
 * A JSON value with one field (or element) replaced by `replacement`, which need not be JSON (a
 * bigint, a symbol, a cyclic object): the field is the `pick`-th of the value's paths, as `mutationOf` picks.
 */
export const replacedAt = (value: Json, pick: number, replacement: unknown): unknown => {
  const all = paths(value)
  const path = all[pick % all.length] ?? []
  return path.length === 0 ? replacement : edit(value, path, (parent, k) => { (parent as Record<string, unknown>)[k] = replacement })
}
