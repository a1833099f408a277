// @ts-nocheck
import type { GroupId, ProjectId, RoleId, UserId } from '../ids.js'
import type { ConnectionRole } from '../lattice.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * A member of a connection: a user or a group (R46).
 *
 * @example
 * ```ts
 * const members: readonly Member[] = [{ user: id.user('ana') }, { group: id.group('analysts') }]
 * ```
 */
export type Member = { readonly user: UserId } | { readonly group: GroupId }

/**
 * View an integration connection's details (R45).
 *
 * @example
 * ```ts
 * const view: ViewConnection = { type: 'connection.view' } // on resource.workplaceConnection(id.connection('aws'))
 * ```
 */
export interface ViewConnection { readonly type: 'connection.view' }
/**
 * Create a sync from a connection into a project (R44, R45, I36).
 *
 * @example
 * ```ts
 * const sync: CreateSync = { type: 'connection.createSync', project: id.project('crm') }
 * ```
 */
export interface CreateSync { readonly type: 'connection.createSync'; readonly project: ProjectId }
/**
 * Manage an integration connection (R45).
 *
 * @example
 * ```ts
 * const manage: ManageConnection = { type: 'connection.manage' } // on resource.workplaceConnection(id.connection('aws'))
 * ```
 */
export interface ManageConnection { readonly type: 'connection.manage' }
/**
 * Add a member to a connection with a role (R46).
 *
 * @example
 * ```ts
 * const add: AddMember = { type: 'connection.addMember', member: { group: id.group('analysts') }, role: 'viewer' }
 * ```
 */
export interface AddMember { readonly type: 'connection.addMember'; readonly member: Member; readonly role: ConnectionRole }
/**
 * Change a member's direct role on a connection (R48, A10).
 *
 * @example
 * ```ts
 * const promote: SetMemberRole = { type: 'connection.setMemberRole', member: { user: id.user('ana') }, role: 'admin' }
 * ```
 */
export interface SetMemberRole {
  readonly type: 'connection.setMemberRole'
  readonly member: Member
  readonly role: ConnectionRole
}
/**
 * Remove a member's direct grant from a connection (R47, R49, I34).
 *
 * @example
 * ```ts
 * const remove: RemoveMember = { type: 'connection.removeMember', member: { user: id.user('ana') } }
 * ```
 */
export interface RemoveMember { readonly type: 'connection.removeMember'; readonly member: Member }
/**
 * Create an integration connection in the workplace (R40, R41).
 *
 * @example
 * ```ts
 * const create: CreateConnection = { type: 'workplace.createConnection' } // on resource.workplace
 * ```
 */
export interface CreateConnection { readonly type: 'workplace.createConnection' }
/**
 * Create or manage syncs in a project (R44).
 *
 * @example
 * ```ts
 * const syncs: ManageSyncs = { type: 'project.manageSyncs' } // on resource.project(id.project('crm'))
 * ```
 */
export interface ManageSyncs { readonly type: 'project.manageSyncs' }

/**
 * Change a user's workplace role (F60, F62; resource: the workplace). Only workplace Owners may; the
 * last Owner keeps the role. It moves the user's floor on every connection (R41, R47, R48).
 *
 * @example
 * ```ts
 * const demote: SetWorkplaceRole = { type: 'workplace.setUserRole', user: id.user('cole'), role: id.role('viewer') } // on resource.workplace
 * ```
 */
export interface SetWorkplaceRole { readonly type: 'workplace.setUserRole'; readonly user: UserId; readonly role: RoleId }
/**
 * Add a user to a user group, or take them out (F63; resource: the workplace). Only workplace Owners may.
 *
 * @example
 * ```ts
 * const join: SetGroupMember = { type: 'workplace.setGroupMember', group: id.group('analysts'), user: id.user('bo'), member: true }
 * ```
 */
export interface SetGroupMember {
  readonly type: 'workplace.setGroupMember'
  readonly group: GroupId
  readonly user: UserId
  readonly member: boolean
}
/**
 * Give a user or a group a project role, or take it away (`role: null`) (F61, F62, R44; resource: the
 * project). Only the project's administrators may.
 *
 * @example
 * ```ts
 * const syncer: SetProjectRole = { type: 'project.setMemberRole', member: { group: id.group('eng') }, role: id.role('collaborator') } // on resource.project(id.project('crm'))
 * ```
 */
export interface SetProjectRole { readonly type: 'project.setMemberRole'; readonly member: Member; readonly role: RoleId | null }

/**
 * Connection-scoping acts of the workplace.
 *
 * @example
 * ```ts
 * const action: ConnectionAction = { type: 'connection.createSync', project: id.project('crm') }
 * ```
 */
export type ConnectionAction =
  | ViewConnection
  | CreateSync
  | ManageConnection
  | AddMember
  | SetMemberRole
  | RemoveMember
  | CreateConnection
  | ManageSyncs
  | SetWorkplaceRole
  | SetGroupMember
  | SetProjectRole

/**
 * Specs of the connection-scoping acts.
 *
 * @example
 * ```ts
 * connectionActionSpecs['connection.view'].requires // 'viewer'
 * ```
 */
export const connectionActionSpecs: ActionSpecs<ConnectionAction['type']> = {
  'connection.view': { lattice: 'connectionRole', requires: 'viewer', resources: ['workplaceConnection'] },
  'connection.createSync': { lattice: 'connectionRole', requires: 'consumer', resources: ['workplaceConnection'] },
  'connection.manage': { lattice: 'connectionRole', requires: 'admin', resources: ['workplaceConnection'] },
  'connection.addMember': permissionOn('workplaceConnection'),
  'connection.setMemberRole': permissionOn('workplaceConnection'),
  'connection.removeMember': permissionOn('workplaceConnection'),
  'workplace.createConnection': permissionOn('workplace'),
  'project.manageSyncs': permissionOn('project'),
  'workplace.setUserRole': permissionOn('workplace'),
  'workplace.setGroupMember': permissionOn('workplace'),
  'project.setMemberRole': permissionOn('project'),
}
