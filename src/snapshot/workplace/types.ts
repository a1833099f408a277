import type { ConnectionId, GroupId, ProjectId, RoleId, UserId } from '../../domain/ids.js'
import type { WorkplaceAddOn, WorkplacePermission, WorkplacePlan } from '../input/workplace.js'

/** What the plan switches on (R38, A37): connection scoping, custom roles, user groups. */
export interface WorkplaceFeatures {
  /** Direct and group connection grants (integration access scoping) count (R38, I37). */
  readonly scoping: boolean
  readonly customRoles: boolean
  readonly userGroups: boolean
}

/** A compiled workplace role: built in or custom, with its connection permissions (R40). */
export interface WorkplaceRoleRecord {
  readonly id: RoleId
  readonly builtIn: boolean
  readonly permissions: ReadonlySet<WorkplacePermission>
}

/** A compiled project role: built in or custom, and whether it grants Manage Syncs (R44). */
export interface ProjectRoleRecord {
  readonly id: RoleId
  readonly manageSyncs: boolean
}

/** A compiled workplace user: their one workplace role and every group they belong to, nesting resolved. */
export interface WorkplaceUserRecord {
  readonly id: UserId
  readonly role: WorkplaceRoleRecord
  readonly groups: ReadonlySet<GroupId>
}

/** Members of a project or connection with their role: users and groups apart. */
export interface Members<R> {
  readonly users: ReadonlyMap<UserId, R>
  readonly groups: ReadonlyMap<GroupId, R>
}

/** A compiled project. */
export interface ProjectRecord {
  readonly id: ProjectId
  readonly members: Members<ProjectRoleRecord>
}

/** A compiled connection; member roles are ranks of the connection-role lattice (R46). */
export interface WorkplaceConnectionRecord {
  readonly id: ConnectionId
  readonly createdBy: UserId | undefined
  readonly members: Members<number>
}

/** The compiled workplace. */
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
