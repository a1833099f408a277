import { lattice, type ConnectionRole } from '../../domain/lattice.js'
import type { WorkplacePermission } from '../../snapshot/input/workplace.js'

/**
 * The connection role each workplace permission gives on every connection (R41): View All is Viewer, Use
 * All is Consumer, Manage All is Admin; Create Integration Connections has no connection-role counterpart.
 *
 * @example
 * ```ts
 * permissionRoles.useAllConnections // 2 (consumer)
 * ```
 */
export const permissionRoles: { readonly [P in WorkplacePermission]: number } = {
  viewAllConnections: lattice.connectionRole.rank.viewer,
  useAllConnections: lattice.connectionRole.rank.consumer,
  manageAllConnections: lattice.connectionRole.rank.admin,
  createConnections: lattice.connectionRole.rank.none,
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
 * The capability table of R45 as data: the least role that holds each capability. Being a threshold on a
 * total order, it is monotone by construction (I35); the actions `connection.view`, `connection.createSync`
 * and `connection.manage` require exactly these levels.
 *
 * @example
 * ```ts
 * capabilitiesOf('consumer') // ['view', 'createSync']
 * ```
 */
const capabilityThresholds: { readonly [C in Capability]: number } = {
  view: lattice.connectionRole.rank.viewer,
  createSync: lattice.connectionRole.rank.consumer,
  manage: lattice.connectionRole.rank.admin,
}

const capabilities: readonly Capability[] = ['view', 'createSync', 'manage']

/**
 * The capabilities a connection role holds (R45).
 *
 * @example
 * ```ts
 * capabilitiesOf('consumer') // ['view', 'createSync']
 * ```
 */
export const capabilitiesOf = (role: ConnectionRole): readonly Capability[] =>
  capabilities.filter((capability) => lattice.connectionRole.levels.indexOf(role) >= capabilityThresholds[capability])

/**
 * Workplace roles that are project Admin on every project (F61, I38).
 *
 * @example
 * ```ts
 * projectAdminWorkplaceRoles.has('owner') // true
 * ```
 */
export const projectAdminWorkplaceRoles: ReadonlySet<string> = new Set(['owner', 'admin'])
