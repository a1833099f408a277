// @ts-nocheck
import type { Snapshot, World } from '../snapshot/snapshot.js'

/**
 * Wraps a snapshot as the opaque world handle.
 *
 * @example
 * ```ts
 * const world: World = toWorld(snapshot)
 * ```
 */
export const toWorld = (snapshot: Snapshot): World => snapshot as unknown as World

/**
 * The snapshot behind a world handle.
 *
 * @example
 * ```ts
 * snapshotOf(toWorld(snapshot)) === snapshot // true
 * ```
 */
export const snapshotOf = (world: World): Snapshot => world as unknown as Snapshot
