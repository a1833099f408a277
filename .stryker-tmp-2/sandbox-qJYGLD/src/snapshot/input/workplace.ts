// @ts-nocheck
import type { ConnectionRole } from '../../domain/lattice.js'

/**
 * The subscription plan of a workplace (R38, A37).
 *
 * @example
 * ```ts
 * const plan: WorkplacePlan = 'enterprise' // custom roles and user groups included
 * ```
 */
export type WorkplacePlan = 'developer' | 'team' | 'enterprise'

/**
 * Add-ons a Team plan may carry; Enterprise includes both (F62, F63, A37).
 *
 * @example
 * ```ts
 * const workplace: WorkplaceInput = { plan: 'team', addOns: ['customRoles', 'userGroups'], users: [{ id: 'ana', role: 'owner' }] }
 * ```
 */
export type WorkplaceAddOn = 'customRoles' | 'userGroups'

/**
 * The four connection permissions a workplace role may hold (R40).
 *
 * @example
 * ```ts
 * const permissions: readonly WorkplacePermission[] = ['viewAllConnections', 'createConnections']
 * ```
 */
export type WorkplacePermission = 'viewAllConnections' | 'useAllConnections' | 'manageAllConnections' | 'createConnections'

/**
 * The built-in workplace roles (F60).
 *
 * @example
 * ```ts
 * const role: BuiltInWorkplaceRole = 'collaborator'
 * ```
 */
export type BuiltInWorkplaceRole = 'owner' | 'admin' | 'collaborator' | 'viewer'

/**
 * The built-in project roles (F61).
 *
 * @example
 * ```ts
 * const role: BuiltInProjectRole = 'viewer'
 * ```
 */
export type BuiltInProjectRole = 'viewer' | 'collaborator' | 'admin'

/**
 * A custom workplace role: a row of the permission table (R40, A12); needs the custom-roles feature (A37).
 *
 * @example
 * ```ts
 * const integrator: WorkplaceRoleInput = { id: 'integrator', permissions: ['useAllConnections', 'createConnections'] }
 * ```
 */
export interface WorkplaceRoleInput {
  readonly id: string
  readonly permissions?: readonly WorkplacePermission[]
}

/**
 * A custom project role; `manageSyncs` defaults to false (R44). Needs the custom-roles feature (A37).
 *
 * @example
 * ```ts
 * const syncer: ProjectRoleInput = { id: 'syncer', manageSyncs: true }
 * ```
 */
export interface ProjectRoleInput {
  readonly id: string
  readonly manageSyncs?: boolean
}

/**
 * A user of the workplace with exactly one workplace role: built in or custom (F62).
 *
 * @example
 * ```ts
 * const ana: WorkplaceUserInput = { id: 'ana', role: 'collaborator' }
 * ```
 */
export interface WorkplaceUserInput {
  readonly id: string
  readonly role: string
}

/**
 * A user group: its users and the groups it includes (nesting; a member of an included group is a member
 * of this one). Groups hold no workplace role (F62). Needs the user-groups feature (A37).
 *
 * @example
 * ```ts
 * const analysts: GroupInput = { id: 'analysts', users: ['ana'], groups: ['interns'] } // members of 'interns' are analysts too
 * ```
 */
export interface GroupInput {
  readonly id: string
  readonly users?: readonly string[]
  readonly groups?: readonly string[]
}

/**
 * A user or a group, as a member of a project or a connection (R46).
 *
 * @example
 * ```ts
 * const members: readonly WorkplaceMemberInput[] = [{ user: 'ana' }, { group: 'analysts' }]
 * ```
 */
export type WorkplaceMemberInput = { readonly user: string } | { readonly group: string }

/**
 * A project member with a project role: built in or custom (F61, F62).
 *
 * @example
 * ```ts
 * const member: ProjectMemberInput = { group: 'analysts', role: 'collaborator' }
 * ```
 */
export type ProjectMemberInput = WorkplaceMemberInput & { readonly role: string }

/**
 * A workplace project and its members.
 *
 * @example
 * ```ts
 * const crm: ProjectInput = { id: 'crm', members: [{ user: 'ana', role: 'admin' }, { group: 'analysts', role: 'viewer' }] }
 * ```
 */
export interface ProjectInput {
  readonly id: string
  readonly members?: readonly ProjectMemberInput[]
}

/**
 * A connection member with its direct connection role (R46).
 *
 * @example
 * ```ts
 * const member: ConnectionMemberInput = { user: 'ana', role: 'consumer' }
 * ```
 */
export type ConnectionMemberInput = WorkplaceMemberInput & { readonly role: ConnectionRole }

/**
 * An integration connection. `createdBy` is recorded only: the creating command gives the creator a
 * direct Admin grant as a state change (A39), which then appears in `members`.
 *
 * @example
 * ```ts
 * const aws: WorkplaceConnectionInput = { id: 'aws', createdBy: 'ana', members: [{ user: 'ana', role: 'admin' }, { group: 'analysts', role: 'viewer' }] }
 * ```
 */
export interface WorkplaceConnectionInput {
  readonly id: string
  readonly createdBy?: string
  readonly members?: readonly ConnectionMemberInput[]
}

/**
 * The workplace of the connection-scoping product (seed 001) as delivered. Optional lists default to
 * empty.
 *
 * @example
 * ```ts
 * const workplace: WorkplaceInput = { plan: 'team', users: [{ id: 'ana', role: 'collaborator' }], connections: [{ id: 'aws' }] }
 * ```
 */
export interface WorkplaceInput {
  readonly plan: WorkplacePlan
  /** Only on the Team plan (A37). */
  readonly addOns?: readonly WorkplaceAddOn[]
  readonly roles?: readonly WorkplaceRoleInput[]
  readonly projectRoles?: readonly ProjectRoleInput[]
  readonly users: readonly WorkplaceUserInput[]
  readonly groups?: readonly GroupInput[]
  readonly projects?: readonly ProjectInput[]
  readonly connections?: readonly WorkplaceConnectionInput[]
}
