// @ts-nocheck
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
 * A compiled access driver. A driver dimensioned by lists only keeps its values by cell number, one bit
 * a cell ({@link CellValues}), unless they are few among very many cells; any other keeps nested maps,
 * one level per dimension in `dimensions` order (`users` dimensions keyed by user id), or one Boolean
 * when it has no dimension.
 */
export interface DriverRecord {
  readonly id: DriverId
  readonly dimensions: readonly string[]
  readonly values: DriverValues | CellValues
  /**
   * The value of a cell of the driver without a value of its own: the input's `default`, undefined
   * when it gives none (the cell reads FALSE, A33). A cell the driver cannot place (the alias on a
   * `users` dimension) reads FALSE whatever the default.
   */
  readonly defaultValue: boolean | undefined
}

/** Nested driver values: a Boolean at the leaves. */
export type DriverValues = boolean | ReadonlyMap<string, DriverValues>

/**
 * The values of a driver dimensioned by lists only, by cell number: the cell of items numbered
 * `i0, i1, …` in the driver's lists is `Σ i[d] × strides[d]` (the last dimension varies fastest), and
 * its value is one bit of a table (10M cells take 1.25 MB), with the driver's default applied. Read
 * without hashing an id. The table is private to the functions, so the record stays immutable.
 *
 * @example
 * ```ts
 * const value = (values: CellValues, indexes: readonly number[]) => values.at(indexes.reduce((cell, i, d) => cell + i * values.strides[d], 0))
 * ```
 */
export interface CellValues {
  readonly tag: 'byCell'
  /** The lists the driver is dimensioned by, in its order. */
  readonly lists: readonly ListRecord[]
  readonly strides: readonly number[]
  /** How many cells: the product of the lists' sizes. */
  readonly cells: number
  /** `values`: delivered one value a cell (with or without a default); `bitmap`: delivered as a bitmap, every cell given. */
  readonly form: 'values' | 'bitmap'
  /** The value of cell number `cell`; FALSE outside the driver. */
  readonly at: (cell: number) => boolean
  /** The cells given a value of their own, in the order their values were delivered (a new array; empty for a bitmap). */
  readonly delivered: () => number[]
  /** Every cell's value as a bitmap, in the wire form: cell `c` is bit `c & 7` of byte `c >> 3`, the unused bits 0 (a new array). */
  readonly bitmap: () => Uint8Array
}

/**
 * Whether a driver keeps its values by cell number.
 *
 * @example
 * ```ts
 * const lists = (driver: DriverRecord) => (isCellValues(driver.values) ? driver.values.lists : [])
 * ```
 */
export const isCellValues = (values: DriverValues | CellValues): values is CellValues => typeof values === 'object' && 'tag' in values

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
