import type { Snapshot, World } from '../snapshot/snapshot.js'

/** Every snapshot handed out as a world: what `compile` and `apply` returned, and nothing else. */
const handed = new WeakSet()

/**
 * Wraps a snapshot as the opaque world handle.
 *
 * @example
 * ```ts
 * const world: World = toWorld(snapshot)
 * ```
 */
export const toWorld = (snapshot: Snapshot): World => {
  handed.add(snapshot)
  return snapshot as unknown as World
}

/**
 * The snapshot behind a world handle. Anything else (the `Either` that `compile` returns rather than
 * its `right`, an object made to look like a world) is a programming error, not input: it throws a
 * `TypeError` saying so, where a forged world would otherwise be read as an empty or broken one.
 *
 * @example
 * ```ts
 * snapshotOf(toWorld(snapshot)) === snapshot // true
 * snapshotOf(compile(input) as never) // throws: not a World that compile or apply returned
 * ```
 */
export const snapshotOf = (world: World): Snapshot => {
  const handle: unknown = world
  if (typeof handle !== 'object' || handle === null || !handed.has(handle))
    throw new TypeError('expected a World that compile or apply returned (compile(input).right), got something else')
  return world as unknown as Snapshot
}
