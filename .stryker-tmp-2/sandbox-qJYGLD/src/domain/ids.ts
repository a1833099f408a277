// @ts-nocheck
// The brand's key: declared, never created, so that ids stay plain strings at run time.
declare const brand: unique symbol

/**
 * Branded identifiers: a string that the type system tells apart by its brand `B`. Every id is a plain
 * string at run time; the brand keeps a `UserId` from being passed where a `ListId` is expected. Build
 * them with {@link id}.
 *
 * @example
 * ```ts
 * import { id } from 'accessgrid'
 * const ana: Id<'UserId'> = id.user('ana') // the same type as UserId
 * ```
 */
export type Id<B extends string> = string & { readonly [brand]: B }

/**
 * A user of a tenant, workplace or account.
 *
 * @example
 * ```ts
 * const ana: UserId = id.user('ana')
 * ```
 */
export type UserId = Id<'UserId'>
/**
 * A user group (workplace section).
 *
 * @example
 * ```ts
 * const analysts: GroupId = id.group('analysts')
 * ```
 */
export type GroupId = Id<'GroupId'>
/**
 * A workspace of the planning tenant or of an account.
 *
 * @example
 * ```ts
 * const finance: WorkspaceId = id.workspace('finance')
 * ```
 */
export type WorkspaceId = Id<'WorkspaceId'>
/**
 * A planning model.
 *
 * @example
 * ```ts
 * const plan: ModelId = id.model('finance-plan')
 * ```
 */
export type ModelId = Id<'ModelId'>
/**
 * A model role, built in (`fullAccess`, `noAccess`) or custom; also workplace and project roles.
 *
 * @example
 * ```ts
 * const planner: RoleId = id.role('planner')
 * ```
 */
export type RoleId = Id<'RoleId'>
/**
 * A list (a dimension) of a model.
 *
 * @example
 * ```ts
 * const costCentre: ListId = id.list('cost-centre')
 * ```
 */
export type ListId = Id<'ListId'>
/**
 * An item of a list.
 *
 * @example
 * ```ts
 * const berlin: ItemId = id.item('cc-berlin')
 * ```
 */
export type ItemId = Id<'ItemId'>
/**
 * A module of a model.
 *
 * @example
 * ```ts
 * const opex: ModuleId = id.module('opex')
 * ```
 */
export type ModuleId = Id<'ModuleId'>
/**
 * A version of a model.
 *
 * @example
 * ```ts
 * const budget: VersionId = id.version('budget')
 * ```
 */
export type VersionId = Id<'VersionId'>
/**
 * A line item of a module.
 *
 * @example
 * ```ts
 * const amount: LineItemId = id.lineItem('amount')
 * ```
 */
export type LineItemId = Id<'LineItemId'>
/**
 * An access driver: a Boolean line item used as a read or write driver.
 *
 * @example
 * ```ts
 * const budgetOpen: DriverId = id.driver('budget-open')
 * ```
 */
export type DriverId = Id<'DriverId'>
/**
 * A model action: an import, export, process or a built-in action.
 *
 * @example
 * ```ts
 * const importBudget: ModelActionId = id.modelAction('import-budget')
 * ```
 */
export type ModelActionId = Id<'ModelActionId'>
/**
 * A CloudWorks integration.
 *
 * @example
 * ```ts
 * const upload: IntegrationId = id.integration('budget-upload')
 * ```
 */
export type IntegrationId = Id<'IntegrationId'>
/**
 * A CloudWorks connection or a workplace integration connection.
 *
 * @example
 * ```ts
 * const s3: ConnectionId = id.connection('s3-finance')
 * ```
 */
export type ConnectionId = Id<'ConnectionId'>
/**
 * A workplace project.
 *
 * @example
 * ```ts
 * const crm: ProjectId = id.project('crm')
 * ```
 */
export type ProjectId = Id<'ProjectId'>

type Brander<T extends Id<string>> = (value: string) => T

 
const brandAs = <T extends Id<string>>(): Brander<T> => (value) => value as T

/**
 * Constructors for every id brand. They only brand; they never validate or allocate.
 *
 * @example
 * ```ts
 * const ana: UserId = id.user('ana')
 * ```
 */
export const id = {
  user: brandAs<UserId>(),
  group: brandAs<GroupId>(),
  workspace: brandAs<WorkspaceId>(),
  model: brandAs<ModelId>(),
  role: brandAs<RoleId>(),
  list: brandAs<ListId>(),
  item: brandAs<ItemId>(),
  module: brandAs<ModuleId>(),
  version: brandAs<VersionId>(),
  lineItem: brandAs<LineItemId>(),
  driver: brandAs<DriverId>(),
  modelAction: brandAs<ModelActionId>(),
  integration: brandAs<IntegrationId>(),
  connection: brandAs<ConnectionId>(),
  project: brandAs<ProjectId>(),
} as const
