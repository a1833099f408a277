import { lattice, type ConnectionRole } from '../../domain/lattice.js'
import type { WorkplacePermission } from '../../snapshot/input/workplace.js'

/**
 * The connection role a workplace permission gives on every connection (R41): View All is Viewer, Use
 * All is Consumer, Manage All is Admin; Create Integration Connections has no connection-role counterpart.
 * The tables of this file are built when a rule asks, not when the module loads.
 *
 * @example
 * ```ts
 * permissionRole('useAllConnections') // 2 (consumer)
 * ```
 */
export const permissionRole = (permission: WorkplacePermission): number => {
  const table: { readonly [P in WorkplacePermission]: number } = {
    viewAllConnections: lattice.connectionRole.rank.viewer,
    useAllConnections: lattice.connectionRole.rank.consumer,
    manageAllConnections: lattice.connectionRole.rank.admin,
    createConnections: lattice.connectionRole.rank.none,
  }
  return table[permission]
}

/**
 * The capabilities of R45 and the least connection role that has each: view ⊂ createSync ⊂ manage (I35).
 *
 * @example
 * ```ts
 * const needed: Capability = 'createSync'
 * ```
 */
export type Capability = 'view' | 'createSync' | 'manage'

/**
 * The capabilities a connection role holds (R45). The capability table is data: the least role that holds
 * each capability. Being a threshold on a total order, it is monotone by construction (I35); the actions
 * `connection.view`, `connection.createSync` and `connection.manage` require exactly these levels.
 *
 * @example
 * ```ts
 * capabilitiesOf('consumer') // ['view', 'createSync']
 * ```
 */
export const capabilitiesOf = (role: ConnectionRole): readonly Capability[] => {
  const thresholds: { readonly [C in Capability]: number } = {
    view: lattice.connectionRole.rank.viewer,
    createSync: lattice.connectionRole.rank.consumer,
    manage: lattice.connectionRole.rank.admin,
  }
  const capabilities: readonly Capability[] = ['view', 'createSync', 'manage']
  return capabilities.filter((capability) => lattice.connectionRole.levels.indexOf(role) >= thresholds[capability])
}

/**
 * Whether a built-in workplace role is project Admin on every project: Owner and Admin (F61, I38).
 *
 * @example
 * ```ts
 * isProjectAdminWorkplaceRole('owner') // true
 * ```
 */
export const isProjectAdminWorkplaceRole = (role: string): boolean => {
  const roles: readonly string[] = ['owner', 'admin']
  return roles.includes(role)
}
