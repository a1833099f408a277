import type { GroupId, ProjectId, UserId } from '../ids.js'
import type { ConnectionRole } from '../lattice.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/** A member of a connection: a user or a group (R46). */
export type Member = { readonly user: UserId } | { readonly group: GroupId }

/** View an integration connection's details (R45). */
export interface ViewConnection { readonly type: 'connection.view' }
/** Create a sync from a connection into a project (R44, R45, I36). */
export interface CreateSync { readonly type: 'connection.createSync'; readonly project: ProjectId }
/** Manage an integration connection (R45). */
export interface ManageConnection { readonly type: 'connection.manage' }
/** Add a member to a connection with a role (R46). */
export interface AddMember { readonly type: 'connection.addMember'; readonly member: Member; readonly role: ConnectionRole }
/** Change a member's direct role on a connection (R48, A10). */
export interface SetMemberRole {
  readonly type: 'connection.setMemberRole'
  readonly member: Member
  readonly role: ConnectionRole
}
/** Remove a member's direct grant from a connection (R47, R49, I34). */
export interface RemoveMember { readonly type: 'connection.removeMember'; readonly member: Member }
/** Create an integration connection in the workplace (R40, R41). */
export interface CreateConnection { readonly type: 'workplace.createConnection' }
/** Create or manage syncs in a project (R44). */
export interface ManageSyncs { readonly type: 'project.manageSyncs' }

/** Connection-scoping acts of the workplace. */
export type ConnectionAction =
  | ViewConnection
  | CreateSync
  | ManageConnection
  | AddMember
  | SetMemberRole
  | RemoveMember
  | CreateConnection
  | ManageSyncs

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
}
