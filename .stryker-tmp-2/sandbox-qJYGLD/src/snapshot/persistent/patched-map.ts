// @ts-nocheck
import { deepFreeze } from '../../internal/deep-freeze.js'
import { hashOf, insert, leaf, leaves, lookup, type Trie } from './hamt.js'

/**
 * A `ReadonlyMap` that is a compiled (native, frozen) map plus a persistent trie of the entries changed
 * since compile. Rules read it like any `ReadonlyMap`; a command that changes one entry makes a new one
 * in O(log of the number of changes), sharing the base map and every untouched trie node. Lookups on a
 * map no command has touched stay native `Map` lookups.
 */

/** An entry in the trie of changes: the new value, or the mark of a removed key. */
type Slot<V> = { readonly present: true; readonly value: V } | { readonly present: false }

interface Patches<K extends string, V> {
  readonly base: ReadonlyMap<K, V>
  readonly changes: Trie<K, Slot<V>> | undefined
  readonly size: number
}

const patches = Symbol('patches')

type PatchedMap<K extends string, V> = ReadonlyMap<K, V> & { readonly [patches]: Patches<K, V> }

/** Maps at most this large are copied whole: a copy is as cheap as a patch and keeps native lookups. */
const copyLimit = 32

const isPatched = <K extends string, V>(map: ReadonlyMap<K, V>): map is PatchedMap<K, V> => patches in map

const patchesOf = <K extends string, V>(map: ReadonlyMap<K, V>): Patches<K, V> =>
  isPatched(map) ? map[patches] : { base: map, changes: undefined, size: map.size }

const patched = <K extends string, V>(p: Patches<K, V>): ReadonlyMap<K, V> => {
  const slotOf = (key: K): Slot<V> | undefined => (p.changes === undefined ? undefined : lookup(p.changes, hashOf(key), key)?.value)
  const get = (key: K): V | undefined => {
    const changed = slotOf(key)
    return changed === undefined ? p.base.get(key) : changed.present ? changed.value : undefined
  }
  const has = (key: K): boolean => {
    const changed = slotOf(key)
    return changed === undefined ? p.base.has(key) : changed.present
  }
  function* entries(): Generator<[K, V], undefined, unknown> {
    for (const [key, value] of p.base) {
      const changed = slotOf(key)
      if (changed === undefined) yield [key, value]
      else if (changed.present) yield [key, changed.value]
    }
    for (const entry of leaves(p.changes)) if (entry.value.present && !p.base.has(entry.key)) yield [entry.key, entry.value.value]
    return undefined
  }
  function* keys(): Generator<K, undefined, unknown> {
    for (const [key] of entries()) yield key
    return undefined
  }
  function* values(): Generator<V, undefined, unknown> {
    for (const [, value] of entries()) yield value
    return undefined
  }
  const map: PatchedMap<K, V> = {
    [patches]: p,
    size: p.size,
    get,
    has,
    entries,
    keys,
    values,
    forEach: (callback) => {
      for (const [key, value] of entries()) callback(value, key, map)
    },
    [Symbol.iterator]: entries,
  }
  return Object.freeze(map)
}

const change = <K extends string, V>(map: ReadonlyMap<K, V>, key: K, slot: Slot<V>): ReadonlyMap<K, V> => {
  const p = patchesOf(map)
  const delta = (slot.present ? 1 : 0) - (map.has(key) ? 1 : 0)
  return patched(Object.freeze({ base: p.base, changes: insert(p.changes, leaf(key, deepFreeze(slot))), size: p.size + delta }))
}

const frozenCopy = <K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> => deepFreeze(new Map(entries))

/**
 * `map` with `key` set to `value`; `map` itself is unchanged. Small maps are copied; large ones are
 * patched, so the cost does not grow with the size of the map. The value is deep-frozen.
 *
 * @example
 * ```ts
 * const next = withEntry(new Map([['a', 1]]), 'b', 2) // next.get('b') === 2
 * ```
 */
export const withEntry = <K extends string, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> =>
  !isPatched(map) && map.size < copyLimit ? frozenCopy([...map, [key, value]]) : change(map, key, { present: true, value })

/**
 * `map` without `key`; `map` itself is unchanged (and returned as is when it has no such key).
 *
 * @example
 * ```ts
 * const next = withoutEntry(new Map([['a', 1]]), 'a') // next.size === 0
 * ```
 */
export const withoutEntry = <K extends string, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> => {
  if (!map.has(key)) return map
  return !isPatched(map) && map.size <= copyLimit ? frozenCopy([...map].filter(([k]) => k !== key)) : change(map, key, { present: false })
}
