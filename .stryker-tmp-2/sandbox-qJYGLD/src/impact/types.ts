// @ts-nocheck
import type { Action } from '../domain/action.js'
import type {
  ConnectionId,
  IntegrationId,
  ItemId,
  LineItemId,
  ListId,
  ModelId,
  ModuleId,
  ProjectId,
  RoleId,
  UserId,
  VersionId,
  WorkspaceId,
} from '../domain/ids.js'
import type { Access } from '../domain/lattice.js'
import type { Resource } from '../domain/resource.js'
import type { AccountOperation } from '../domain/actions/account.js'
import type { Decision } from '../decision/decision.js'
import type { Scope } from './scope.js'

/**
 * A user's administration roles gained and lost (R2). A Restricted Integration User role is spelled
 * with its workspace, `restrictedIntegrationUser:<workspace>`.
 *
 * @example
 * ```ts
 * const change: AdminRolesChange = { kind: 'adminRoles', user: id.user('bob'), gained: ['userAdmin'], lost: [] }
 * ```
 */
export interface AdminRolesChange {
  readonly kind: 'adminRoles'
  readonly user: UserId
  readonly gained: readonly string[]
  readonly lost: readonly string[]
}

/**
 * An administration act whose decision changes for a user: the tenant's own acts (audit, SSO,
 * assignments, directory, pages) and adding users to each workspace by import (what a workspace
 * administrator may do, R31, R32).
 *
 * @example
 * ```ts
 * if (change.kind === 'act') console.log(change.action.type, change.before.effect, '→', change.after.effect)
 * ```
 */
export interface ActChange {
  readonly kind: 'act'
  readonly user: UserId
  readonly action: Action
  readonly resource: Resource
  readonly before: Decision
  readonly after: Decision
}

/**
 * A user's seat in a workspace: not a member, a member, or a workspace administrator (WSA), and
 * whether they are an SSO exception user there (F14).
 *
 * @example
 * ```ts
 * const seat: Seat = { seat: 'admin', ssoException: false }
 * ```
 */
export interface Seat {
  readonly seat: 'none' | 'member' | 'admin'
  readonly ssoException: boolean
}

/**
 * A user's membership of a workspace changes (joins, leaves, becomes or stops being its administrator).
 *
 * @example
 * ```ts
 * const change: MembershipChange = { kind: 'membership', user: id.user('bob'), workspace: id.workspace('sales'), before: { seat: 'none', ssoException: false }, after: { seat: 'member', ssoException: false } }
 * ```
 */
export interface MembershipChange {
  readonly kind: 'membership'
  readonly user: UserId
  readonly workspace: WorkspaceId
  readonly before: Seat
  readonly after: Seat
}

/**
 * A user's role in a model, or whether they may open it, changes (F34, R35).
 *
 * @example
 * ```ts
 * if (change.kind === 'modelRole') console.log(change.before.role, '→', change.after.role)
 * ```
 */
export interface ModelRoleChange {
  readonly kind: 'modelRole'
  readonly user: UserId
  readonly model: ModelId
  readonly before: { readonly role: RoleId | undefined; readonly open: Decision }
  readonly after: { readonly role: RoleId | undefined; readonly open: Decision }
}

/**
 * One module × line item × version of a model, for one user: the slice whose cells a change names.
 *
 * @example
 * ```ts
 * const slice: ImpactSlice = { user: id.user('ana'), model: id.model('plan'), module: id.module('spend'), lineItem: id.lineItem('amount'), version: id.version('budget') }
 * ```
 */
export interface ImpactSlice {
  readonly user: UserId
  readonly model: ModelId
  readonly module: ModuleId
  readonly lineItem: LineItemId
  readonly version: VersionId
}

/**
 * Cells as boxes: each box names, for every dimension of the module (in `dimensions` order), the
 * items it spans, or `'all'` for every item of that list. A box is every combination of its items;
 * boxes do not overlap.
 *
 * @example
 * ```ts
 * const berlin: CellSet = { dimensions: [id.list('cost-centre'), id.list('product')], boxes: [[[id.item('cc-berlin')], 'all']] }
 * ```
 */
export interface CellSet {
  readonly dimensions: readonly ListId[]
  readonly boxes: readonly (readonly (readonly ItemId[] | 'all')[])[]
}

/**
 * The cells of a slice whose level (on the interactive channel) goes `from` → `to`, as compact
 * boxes, with the decisions on one of them before and after (`example`).
 *
 * @example
 * ```ts
 * if (change.kind === 'cells') console.log(`${change.count} cells of ${change.module} ${change.from} → ${change.to}`)
 * ```
 */
export interface CellsChange extends ImpactSlice {
  readonly kind: 'cells'
  readonly from: Access
  readonly to: Access
  readonly cells: CellSet
  /** How many cells the boxes hold. */
  readonly count: number
  /** One of the cells, with the decisions on reading it before and after. */
  readonly example: { readonly items: Readonly<Record<string, ItemId>>; readonly before: Decision; readonly after: Decision }
}

/**
 * The ceiling of a slice changes: what the layers that do not depend on a cell's items (role,
 * membership, account) allow goes `from` → `to`, and every cell's level is the lower of the ceiling
 * and what its items allow (selective access and drivers, I7, I8), which the change leaves as they
 * were. So a cell changes exactly when its items allow more than the lower of `from` and `to`.
 * `before` and `after` are the decisions of those layers, with their reasons.
 *
 * @example
 * ```ts
 * if (change.kind === 'ceiling') console.log(`${change.module} at ${change.version}: at most ${change.from} → at most ${change.to}`)
 * ```
 */
export interface CeilingChange extends ImpactSlice {
  readonly kind: 'ceiling'
  readonly from: Access
  readonly to: Access
  readonly before: Decision
  readonly after: Decision
}

/**
 * What changes for one user in one model.
 *
 * @example
 * ```ts
 * impact.models.filter((c): c is CellsChange => c.kind === 'cells')
 * ```
 */
export type ModelChange = ModelRoleChange | CeilingChange | CellsChange

/**
 * How complete a run's export or import step is for its actor; `not run` when the run is denied.
 *
 * @example
 * ```ts
 * const state: Completeness = 'partial'
 * ```
 */
export type Completeness = 'complete' | 'partial' | 'empty' | 'not run'

/**
 * A scheduled run of an integration decides differently: its actor (alias, RIU, run-as user, last
 * runner, A31, A32), its effect, or how complete its steps are for that actor (the decision's
 * warnings, A40). `steps` gives, per step with a warning before or after, its completeness.
 *
 * @example
 * ```ts
 * if (change.after.effect === 'deny') console.log(`${change.integration} will no longer run`)
 * ```
 */
export interface RunChange {
  readonly kind: 'run'
  readonly integration: IntegrationId
  readonly before: Decision
  readonly after: Decision
  readonly steps: readonly { readonly step: number; readonly before: Completeness; readonly after: Completeness }[]
}

/**
 * A workplace user's effective role on a connection (`connection.view`'s level, with the reasons
 * naming its source: direct, group, workplace role) or their right to manage a project's syncs changes.
 *
 * @example
 * ```ts
 * if (change.kind === 'connectionRole') console.log(change.before.level, '→', change.after.level)
 * ```
 */
export interface ConnectionChange {
  readonly kind: 'connectionRole' | 'projectRole'
  readonly user: UserId
  readonly connection?: ConnectionId
  readonly project?: ProjectId
  readonly before: Decision
  readonly after: Decision
}

/**
 * An account operation a user gains or loses (seed 004). A gain waits for a fresh login (R58, A47);
 * a loss applies at once.
 *
 * @example
 * ```ts
 * if (change.takesEffect === 'freshLogin') console.log(`${change.user} must sign in again`)
 * ```
 */
export interface AccountChange {
  readonly kind: 'account'
  readonly user: UserId
  /** The account workspace the operation is decided in; absent for the whole account (A24). */
  readonly workspace?: WorkspaceId
  readonly operation: AccountOperation
  readonly before: Decision
  readonly after: Decision
  readonly takesEffect: 'now' | 'freshLogin'
}

/**
 * What a change to the world changes, for whom, grouped for a reader; `scope` is what was compared.
 * Every entry carries the decisions before and after, with their reasons.
 *
 * @example
 * ```ts
 * const result = impact(before, after)
 * result.models.length // role, ceiling and cell changes per user and model
 * ```
 */
export interface Impact {
  readonly scope: Scope
  readonly administration: readonly (AdminRolesChange | ActChange)[]
  readonly memberships: readonly MembershipChange[]
  readonly models: readonly ModelChange[]
  readonly runs: readonly RunChange[]
  readonly connections: readonly ConnectionChange[]
  readonly account: readonly AccountChange[]
}
