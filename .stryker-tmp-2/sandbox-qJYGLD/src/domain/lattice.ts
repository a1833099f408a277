/**
 * Totally ordered lattices. A level is stored as its rank (0 is the bottom), so meet is `Math.min`
 * and join is `Math.max`; the names exist for people and for the wire.
 *
 * @example
 * ```ts
 * import { lattice } from 'accessgrid'
 * lattice.access.rank.read // 1
 * lattice.access.levels[2] // 'write'
 * ```
 */
// @ts-nocheck

export interface Lattice<L extends string> {
  /** The lattice's name, as it appears in docs. */
  readonly name: string
  /** The levels, bottom first. */
  readonly levels: readonly L[]
  /** Rank of each level (its index in `levels`). */
  readonly rank: { readonly [K in L]: number }
}

const make = <const L extends string>(name: string, levels: readonly L[]): Lattice<L> => ({
  name,
  levels,
  rank: Object.fromEntries(levels.map((level, index) => [level, index])) as { [K in L]: number },
})

/**
 * Data access on the planning platform: none < read < write (write implies read).
 *
 * @example
 * ```ts
 * const level: Access = 'write'
 * lattice.access.rank[level] // 2
 * ```
 */
export type Access = 'none' | 'read' | 'write'
/**
 * Connection (integration) roles of the workplace: none < viewer < consumer < admin.
 *
 * @example
 * ```ts
 * const role: ConnectionRole = 'consumer'
 * lattice.connectionRole.rank[role] // 2
 * ```
 */
export type ConnectionRole = 'none' | 'viewer' | 'consumer' | 'admin'
/**
 * A yes/no permission, for administrative acts and gates: none < allowed.
 *
 * @example
 * ```ts
 * const permission: Permission = 'allowed'
 * lattice.permission.rank[permission] // 1
 * ```
 */
export type Permission = 'none' | 'allowed'

/**
 * Any level name of any lattice.
 *
 * @example
 * ```ts
 * const levels: readonly Level[] = ['write', 'consumer', 'allowed']
 * ```
 */
export type Level = Access | ConnectionRole | Permission

/**
 * The built-in lattices.
 *
 * @example
 * ```ts
 * lattice.access.levels // ['none', 'read', 'write']
 * lattice.connectionRole.rank.consumer // 2
 * ```
 */
export const lattice = {
  access: make<Access>('access', ['none', 'read', 'write']),
  connectionRole: make<ConnectionRole>('connectionRole', ['none', 'viewer', 'consumer', 'admin']),
  permission: make<Permission>('permission', ['none', 'allowed']),
} as const

/**
 * The name of one of the built-in lattices.
 *
 * @example
 * ```ts
 * const name: LatticeName = actionSpecs['connection.view'].lattice // 'connectionRole'
 * ```
 */
export type LatticeName = keyof typeof lattice
