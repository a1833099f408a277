import type { PlainAdminRole, ActionVisibility, ModelActionInput } from '../input/tenant.js'
import type {
  ConnectionId,
  DriverId,
  IntegrationId,
  ItemId,
  LineItemId,
  ListId,
  ModelActionId,
  ModelId,
  ModuleId,
  RoleId,
  UserId,
  VersionId,
  WorkspaceId,
} from '../../domain/ids.js'

/** A level of the access lattice as its rank: 0 none, 1 read, 2 write. */
export type AccessRank = 0 | 1 | 2

/** A compiled user. */
export interface UserRecord {
  readonly id: UserId
  readonly kind: 'internal' | 'visiting'
  readonly email: string | undefined
  readonly enabled: boolean
  readonly roles: ReadonlySet<PlainAdminRole>
  /** The RIU's workspaces; empty when the user is not an RIU. */
  readonly riuWorkspaces: ReadonlySet<WorkspaceId>
}

/** A compiled workspace membership. */
export interface Membership {
  readonly admin: boolean
  readonly ssoException: boolean
}

/** A compiled workspace. */
export interface WorkspaceRecord {
  readonly id: WorkspaceId
  readonly members: ReadonlyMap<UserId, Membership>
  readonly models: readonly ModelId[]
}

/** A compiled model role: built in or custom, with its permissions as ranks. */
export interface RoleRecord {
  readonly id: RoleId
  readonly builtIn: 'fullAccess' | 'noAccess' | undefined
  readonly modules: ReadonlyMap<ModuleId, AccessRank>
  readonly versions: ReadonlyMap<VersionId, AccessRank>
  readonly lists: ReadonlySet<ListId>
  readonly actions: ReadonlySet<ModelActionId>
}

/** A compiled list. `selectiveAccess` already includes the upward cascade (I12, A29). */
export interface ListRecord {
  readonly id: ListId
  readonly parent: ListId | undefined
  readonly selectiveAccess: boolean
  /** True when selective access was enabled here only because a descendant list has it (A29). */
  readonly selectiveAccessByCascade: boolean
  /** Each item's index: its position in the list, from 0 with no gap, the key of per-item tables. */
  readonly items: ReadonlyMap<ItemId, number>
  /** The items, by index. */
  readonly ids: readonly ItemId[]
  /** Each item's parent, by index: its index in the parent list, or -1 (F45c). */
  readonly parents: readonly number[]
}

/** A compiled line item. */
export interface LineItemRecord {
  readonly id: LineItemId
  readonly readDriver: DriverId | undefined
  readonly writeDriver: DriverId | undefined
}

/** A compiled module; `selectiveAccessLists` are its dimensions with selective access enabled. */
export interface ModuleRecord {
  readonly id: ModuleId
  readonly lists: readonly ListId[]
  readonly selectiveAccessLists: readonly ListId[]
  readonly lineItems: ReadonlyMap<LineItemId, LineItemRecord>
}

/** The special dimension of a driver dimensioned by the Users list. */
export const usersDimension = 'users'

/**
 * A compiled access driver. A driver dimensioned by one list keeps its values by item number
 * ({@link ItemValues}); any other keeps nested maps, one level per dimension in `dimensions` order
 * (`users` dimensions keyed by user id), or one Boolean when it has no dimension. A missing value is
 * FALSE (A33).
 */
export interface DriverRecord {
  readonly id: DriverId
  readonly dimensions: readonly string[]
  readonly values: DriverValues | ItemValues
}

/** Nested driver values: a Boolean at the leaves. */
export type DriverValues = boolean | ReadonlyMap<string, DriverValues>

/**
 * The values of a driver dimensioned by one list, by item number: two bits an item (a million items
 * take 250 KB), read without hashing an id. The tables are private to the functions, so the record
 * stays immutable.
 *
 * @example
 * ```ts
 * const value = (values: ItemValues, index: number) => values.at(index) === true // a missing value reads FALSE
 * ```
 */
export interface ItemValues {
  readonly tag: 'byItem'
  /** The list the driver is dimensioned by. */
  readonly list: ListRecord
  /** The value delivered for the item numbered `index`, or undefined when none was. */
  readonly at: (index: number) => boolean | undefined
  /** The numbers of the items that have a value, in the order the values were delivered (a new array). */
  readonly delivered: () => number[]
}

/**
 * Whether a driver keeps its values by item number.
 *
 * @example
 * ```ts
 * const index = (driver: DriverRecord) => (isItemValues(driver.values) ? driver.values.list.items : undefined)
 * ```
 */
export const isItemValues = (values: DriverValues | ItemValues): values is ItemValues => typeof values === 'object' && 'tag' in values

/** A compiled import or export endpoint. */
export type Endpoint =
  | { readonly kind: 'file' }
  | { readonly kind: 'module'; readonly model: ModelId; readonly module: ModuleId }
  | { readonly kind: 'list'; readonly model: ModelId; readonly list: ListId }

/** A compiled model action. */
export interface ModelActionRecord {
  readonly id: ModelActionId
  readonly kind: ModelActionInput['kind']
  readonly visibility: ActionVisibility
  readonly createdBy: UserId | undefined
  readonly source: Endpoint | undefined
  readonly target: Endpoint | undefined
  readonly steps: readonly ModelActionId[]
}

/** Explicit selective-access grants of one identity: list → item → rank. */
export type SelectiveAccessGrants = ReadonlyMap<ListId, ReadonlyMap<ItemId, AccessRank>>

/** A compiled model. */
export interface ModelRecord {
  readonly id: ModelId
  readonly workspace: WorkspaceId
  readonly roles: ReadonlyMap<RoleId, RoleRecord>
  /** Whether any custom role exists (F37: before that, Full Access reaches every module). */
  readonly hasCustomRoles: boolean
  readonly assignments: ReadonlyMap<UserId, RoleId>
  readonly lists: ReadonlyMap<ListId, ListRecord>
  readonly versions: ReadonlySet<VersionId>
  readonly modules: ReadonlyMap<ModuleId, ModuleRecord>
  readonly drivers: ReadonlyMap<DriverId, DriverRecord>
  readonly actions: ReadonlyMap<ModelActionId, ModelActionRecord>
  readonly selectiveAccess: ReadonlyMap<UserId, SelectiveAccessGrants>
  /** The Internal (Full Access) alias's grants; undefined when the model has no alias entry (A33). */
  readonly internalAlias: SelectiveAccessGrants | undefined
}

/** A compiled CloudWorks connection. */
export interface CloudworksConnectionRecord {
  readonly id: ConnectionId
  readonly workspace: WorkspaceId
  readonly restricted: boolean
  readonly createdBy: UserId
}

/** A compiled CloudWorks integration. */
export interface IntegrationRecord {
  readonly id: IntegrationId
  readonly workspace: WorkspaceId
  readonly restricted: boolean
  readonly createdBy: UserId
  readonly lastRunBy: UserId | undefined
  readonly runAs: UserId | undefined
  readonly connection: ConnectionId | undefined
  readonly steps: readonly { readonly model: ModelId; readonly action: ModelActionId }[]
}

/** The compiled planning tenant. */
export interface TenantSnapshot {
  readonly switches: { readonly userManagement: boolean; readonly exceptionUsers: boolean }
  readonly auditLicensed: boolean
  readonly users: ReadonlyMap<UserId, UserRecord>
  readonly tenantAdmins: ReadonlySet<UserId>
  readonly workspaces: ReadonlyMap<WorkspaceId, WorkspaceRecord>
  readonly models: ReadonlyMap<ModelId, ModelRecord>
  readonly connections: ReadonlyMap<ConnectionId, CloudworksConnectionRecord>
  readonly integrations: ReadonlyMap<IntegrationId, IntegrationRecord>
}
