/**
 * A hash array mapped trie over string keys: the persistent structure behind a patched map. Inserting
 * copies only the path from the root to the changed leaf (at most seven nodes of at most 32 children);
 * every other node is shared with the previous version. Nodes are frozen when made and never change.
 */
// @ts-nocheck


/**
 * One key and its value.
 *
 * @example
 * ```ts
 * const ana: Leaf<string, boolean> = leaf('ana', true) // { tag: 'leaf', hash: hashOf('ana'), key: 'ana', value: true }
 * ```
 */
export interface Leaf<K extends string, V> {
  readonly tag: 'leaf'
  readonly hash: number
  readonly key: K
  readonly value: V
}
/** Keys whose 32-bit hashes are equal. */
interface Collision<K extends string, V> {
  readonly tag: 'collision'
  readonly hash: number
  readonly leaves: readonly Leaf<K, V>[]
}
/** An inner node: a bitmap of which of its 32 slots are used, and the used children in slot order. */
interface Branch<K extends string, V> {
  readonly tag: 'branch'
  readonly bitmap: number
  readonly children: readonly Trie<K, V>[]
}

/**
 * A non-empty trie: a leaf, a bucket of colliding keys, or a branch. Functions taking a trie accept
 * `undefined` for the empty one.
 *
 * @example
 * ```ts
 * const trie: Trie<string, number> = insert(insert(undefined, leaf('a', 1)), leaf('b', 2))
 * lookup(trie, hashOf('b'), 'b')?.value // 2
 * ```
 */
export type Trie<K extends string, V> = Leaf<K, V> | Collision<K, V> | Branch<K, V>

const bits = 5
const mask = 31

/**
 * The 32-bit FNV-1a hash of a string.
 *
 * @example
 * ```ts
 * hashOf('ana') === hashOf('ana') // true
 * ```
 */
export const hashOf = (key: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

const popcount = (value: number): number => {
  const a = value - ((value >>> 1) & 0x55555555)
  const b = (a & 0x33333333) + ((a >>> 2) & 0x33333333)
  return Math.imul((b + (b >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

const slot = (hash: number, shift: number): number => (hash >>> shift) & mask

/**
 * The leaf holding `key`, if any.
 *
 * @example
 * ```ts
 * lookup(insert(undefined, leaf('a', 1)), hashOf('a'), 'a')?.value // 1
 * ```
 */
export const lookup = <K extends string, V>(trie: Trie<K, V> | undefined, hash: number, key: K): Leaf<K, V> | undefined => {
  let node = trie
  let shift = 0
  while (node !== undefined) {
    switch (node.tag) {
      case 'leaf':
        return node.key === key ? node : undefined
      case 'collision':
        return node.hash === hash ? node.leaves.find((entry) => entry.key === key) : undefined
      case 'branch': {
        const bit = 1 << slot(hash, shift)
        if ((node.bitmap & bit) === 0) return undefined
        node = node.children[popcount(node.bitmap & (bit - 1))]
        shift += bits
      }
    }
  }
  return undefined
}

/**
 * A leaf for a key and value, hashed once.
 *
 * @example
 * ```ts
 * leaf('ana', true).hash === hashOf('ana') // true
 * ```
 */
export const leaf = <K extends string, V>(key: K, value: V): Leaf<K, V> => Object.freeze({ tag: 'leaf', hash: hashOf(key), key, value })

const branch = <K extends string, V>(bitmap: number, children: readonly Trie<K, V>[]): Branch<K, V> =>
  Object.freeze({ tag: 'branch', bitmap, children: Object.freeze(children) })

/** Two nodes with different hashes under one new branch (or a chain of them while their slots agree). */
const split = <K extends string, V>(a: Leaf<K, V> | Collision<K, V>, b: Leaf<K, V>, shift: number): Branch<K, V> => {
  const sa = slot(a.hash, shift)
  const sb = slot(b.hash, shift)
  if (sa === sb) return branch(1 << sa, [split(a, b, shift + bits)])
  return branch((1 << sa) | (1 << sb), sa < sb ? [a, b] : [b, a])
}

/**
 * A new trie with `entry` in it (replacing any entry of the same key); the old trie is unchanged.
 *
 * @example
 * ```ts
 * const one = insert(undefined, leaf('a', 1))
 * const two = insert(one, leaf('b', 2)) // `one` still holds only 'a'
 * ```
 */
export const insert = <K extends string, V>(trie: Trie<K, V> | undefined, entry: Leaf<K, V>, shift = 0): Trie<K, V> => {
  if (trie === undefined) return entry
  switch (trie.tag) {
    case 'leaf':
      if (trie.key === entry.key) return entry
      if (trie.hash !== entry.hash) return split(trie, entry, shift)
      return Object.freeze({ tag: 'collision', hash: entry.hash, leaves: Object.freeze([trie, entry]) })
    case 'collision':
      if (trie.hash !== entry.hash) return split(trie, entry, shift)
      return Object.freeze({ ...trie, leaves: Object.freeze([...trie.leaves.filter((l) => l.key !== entry.key), entry]) })
    case 'branch': {
      const bit = 1 << slot(entry.hash, shift)
      const index = popcount(trie.bitmap & (bit - 1))
      const children = [...trie.children]
      const child = children[index]
      if ((trie.bitmap & bit) === 0 || child === undefined) {
        children.splice(index, 0, entry)
        return branch(trie.bitmap | bit, children)
      }
      children[index] = insert(child, entry, shift + bits)
      return branch(trie.bitmap, children)
    }
  }
}

/**
 * Every leaf, in hash order (deterministic for a given set of keys).
 *
 * @example
 * ```ts
 * [...leaves(insert(undefined, leaf('a', 1)))].map((l) => l.key) // ['a']
 * ```
 */
export function* leaves<K extends string, V>(trie: Trie<K, V> | undefined): Generator<Leaf<K, V>, undefined, unknown> {
  if (trie === undefined) return undefined
  switch (trie.tag) {
    case 'leaf':
      yield trie
      return undefined
    case 'collision':
      yield* trie.leaves
      return undefined
    case 'branch':
      for (const child of trie.children) yield* leaves(child)
      return undefined
  }
}
