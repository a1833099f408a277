import type { Snapshot, World } from '../snapshot/snapshot.js'

/** Wraps a snapshot as the opaque world handle. */
export const toWorld = (snapshot: Snapshot): World => snapshot as unknown as World

/** The snapshot behind a world handle. */
export const snapshotOf = (world: World): Snapshot => world as unknown as Snapshot
