// @ts-nocheck
import type { ConnectionId, GroupId, ProjectId, RoleId, UserId } from '../../domain/ids.js'
import type { WorkplaceAddOn, WorkplacePermission, WorkplacePlan } from '../input/workplace.js'

/**
 * What the plan switches on (R38, A37): connection scoping, custom roles, user groups.
 *
 * @example
 * ```ts
 * context.world.workplace?.features.scoping // false on the Developer plan
 * ```
 */
export interface WorkplaceFeatures {
  /** Direct and group connection grants (integration access scoping) count (R38, I37). */
  readonly scoping: boolean
  readonly customRoles: boolean
  readonly userGroups: boolean
}

/**
 * A compiled workplace role: built in or custom, with its connection permissions (R40).
 *
 * @example
 * ```ts
 * const role: WorkplaceRoleRecord | undefined = context.world.workplace?.users.get(id.user('ana'))?.role
 * role?.permissions.has('createConnections')
 * ```
 */
export interface WorkplaceRoleRecord {
  readonly id: RoleId
  readonly builtIn: boolean
  readonly permissions: ReadonlySet<WorkplacePermission>
}

/**
 * A compiled project role: built in or custom, and whether it grants Manage Syncs (R44).
 *
 * @example
 * ```ts
 * const role: ProjectRoleRecord | undefined = context.world.workplace?.projectRoles.get(id.role('syncer'))
 * role?.manageSyncs // true
 * ```
 */
export interface ProjectRoleRecord {
  readonly id: RoleId
  readonly manageSyncs: boolean
}

/**
 * A compiled workplace user: their one workplace role and every group they belong to, nesting resolved.
 *
 * @example
 * ```ts
 * const ana: WorkplaceUserRecord | undefined = context.world.workplace?.users.get(id.user('ana'))
 * ana?.groups.has(id.group('analysts')) // nesting resolved: a member of an included group counts
 * ```
 */
export interface WorkplaceUserRecord {
  readonly id: UserId
  readonly role: WorkplaceRoleRecord
  readonly groups: ReadonlySet<GroupId>
}

/**
 * Members of a project or connection with their role: users and groups apart.
 *
 * @example
 * ```ts
 * const members: Members<number> | undefined = context.world.workplace?.connections.get(id.connection('aws'))?.members
 * members?.users.get(id.user('ana')) // a rank of lattice.connectionRole: 3 for admin
 * ```
 */
export interface Members<R> {
  readonly users: ReadonlyMap<UserId, R>
  readonly groups: ReadonlyMap<GroupId, R>
}

/**
 * A compiled project.
 *
 * @example
 * ```ts
 * context.world.workplace?.projects.get(id.project('crm'))?.members.groups.get(id.group('analysts'))?.id // the group's project role
 * ```
 */
export interface ProjectRecord {
  readonly id: ProjectId
  readonly members: Members<ProjectRoleRecord>
}

/**
 * A compiled connection; member roles are ranks of the connection-role lattice (R46).
 *
 * @example
 * ```ts
 * const aws: WorkplaceConnectionRecord | undefined = context.world.workplace?.connections.get(id.connection('aws'))
 * aws?.createdBy // recorded only; the creator's grant is in `members` (A39)
 * ```
 */
export interface WorkplaceConnectionRecord {
  readonly id: ConnectionId
  readonly createdBy: UserId | undefined
  readonly members: Members<number>
}

/**
 * The compiled workplace.
 *
 * @example
 * ```ts
 * const workplace: WorkplaceSnapshot | undefined = context.world.workplace
 * workplace?.plan // 'team'
 * ```
 */
export interface WorkplaceSnapshot {
  readonly plan: WorkplacePlan
  readonly addOns: ReadonlySet<WorkplaceAddOn>
  readonly features: WorkplaceFeatures
  readonly roles: ReadonlyMap<RoleId, WorkplaceRoleRecord>
  readonly projectRoles: ReadonlyMap<RoleId, ProjectRoleRecord>
  readonly users: ReadonlyMap<UserId, WorkplaceUserRecord>
  readonly groups: ReadonlySet<GroupId>
  readonly projects: ReadonlyMap<ProjectId, ProjectRecord>
  readonly connections: ReadonlyMap<ConnectionId, WorkplaceConnectionRecord>
}
