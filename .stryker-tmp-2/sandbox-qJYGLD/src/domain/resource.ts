// @ts-nocheck
import type {
  ConnectionId,
  IntegrationId,
  ItemId,
  LineItemId,
  ListId,
  ModelActionId,
  ModelId,
  ModuleId,
  ProjectId,
  UserId,
  VersionId,
  WorkspaceId,
} from './ids.js'

/**
 * The planning tenant itself (switches, audit, SSO, directory).
 *
 * @example
 * ```ts
 * const tenant: TenantResource = resource.tenant // { kind: 'tenant' }
 * ```
 */
export interface TenantResource { readonly kind: 'tenant' }
/**
 * A user account, as the target of an administrative act.
 *
 * @example
 * ```ts
 * const bob: UserResource = resource.user(id.user('bob')) // { kind: 'user', id: 'bob' }
 * ```
 */
export interface UserResource { readonly kind: 'user'; readonly id: UserId }
/**
 * A planning workspace.
 *
 * @example
 * ```ts
 * const finance: WorkspaceResource = resource.workspace(id.workspace('finance'))
 * ```
 */
export interface WorkspaceResource { readonly kind: 'workspace'; readonly id: WorkspaceId }
/**
 * A planning model.
 *
 * @example
 * ```ts
 * const plan: ModelResource = resource.model(id.model('finance-plan'))
 * ```
 */
export interface ModelResource { readonly kind: 'model'; readonly id: ModelId }
/**
 * A list of a model, for its structure (insert, delete, rename items).
 *
 * @example
 * ```ts
 * const products: ListResource = resource.list(id.model('finance-plan'), id.list('product'))
 * ```
 */
export interface ListResource { readonly kind: 'list'; readonly model: ModelId; readonly list: ListId }
/**
 * One item of a list, for its selective-access level.
 *
 * @example
 * ```ts
 * const berlin: ListItemResource = resource.listItem(id.model('finance-plan'), id.list('cost-centre'), id.item('cc-berlin'))
 * ```
 */
export interface ListItemResource {
  readonly kind: 'listItem'
  readonly model: ModelId
  readonly list: ListId
  readonly item: ItemId
}
/**
 * One cell: a line item of a module at a version and one item of each of the module's lists.
 * `items` maps every dimension list of the module to an item of it.
 *
 * @example
 * ```ts
 * const cell: CellResource = resource.cell({
 *   model: id.model('finance-plan'), module: id.module('opex'), lineItem: id.lineItem('amount'), version: id.version('budget'),
 *   items: { 'cost-centre': id.item('cc-berlin'), product: id.item('widgets') },
 * })
 * ```
 */
export interface CellResource {
  readonly kind: 'cell'
  readonly model: ModelId
  readonly module: ModuleId
  readonly lineItem: LineItemId
  readonly version: VersionId
  readonly items: Readonly<Record<string, ItemId>>
}
/**
 * An import, export, process or built-in action of a model.
 *
 * @example
 * ```ts
 * const importBudget: ModelActionResource = resource.modelAction(id.model('finance-plan'), id.modelAction('import-budget'))
 * ```
 */
export interface ModelActionResource {
  readonly kind: 'modelAction'
  readonly model: ModelId
  readonly action: ModelActionId
}
/**
 * A CloudWorks connection.
 *
 * @example
 * ```ts
 * const s3: CloudworksConnectionResource = resource.cloudworksConnection(id.connection('s3-finance'))
 * ```
 */
export interface CloudworksConnectionResource { readonly kind: 'cloudworksConnection'; readonly id: ConnectionId }
/**
 * A CloudWorks integration.
 *
 * @example
 * ```ts
 * const upload: IntegrationResource = resource.integration(id.integration('budget-upload'))
 * ```
 */
export interface IntegrationResource { readonly kind: 'integration'; readonly id: IntegrationId }
/**
 * The workplace (the tenant of the connection-scoping product).
 *
 * @example
 * ```ts
 * const workplace: WorkplaceResource = resource.workplace // { kind: 'workplace' }
 * ```
 */
export interface WorkplaceResource { readonly kind: 'workplace' }
/**
 * An integration connection of the workplace.
 *
 * @example
 * ```ts
 * const aws: WorkplaceConnectionResource = resource.workplaceConnection(id.connection('aws'))
 * ```
 */
export interface WorkplaceConnectionResource { readonly kind: 'workplaceConnection'; readonly id: ConnectionId }
/**
 * A workplace project.
 *
 * @example
 * ```ts
 * const crm: ProjectResource = resource.project(id.project('crm'))
 * ```
 */
export interface ProjectResource { readonly kind: 'project'; readonly id: ProjectId }
/**
 * The integration-marketplace account, optionally within one of its workspaces (A24).
 *
 * @example
 * ```ts
 * const sales: AccountResource = resource.account(id.workspace('sales')) // resource.account() is the whole account
 * ```
 */
export interface AccountResource { readonly kind: 'account'; readonly workspace?: WorkspaceId }

/**
 * What a request is about.
 *
 * @example
 * ```ts
 * import { resource, id } from 'accessgrid'
 * const ws = resource.workspace(id.workspace('sales'))
 * ```
 */
export type Resource =
  | TenantResource
  | UserResource
  | WorkspaceResource
  | ModelResource
  | ListResource
  | ListItemResource
  | CellResource
  | ModelActionResource
  | CloudworksConnectionResource
  | IntegrationResource
  | WorkplaceResource
  | WorkplaceConnectionResource
  | ProjectResource
  | AccountResource

/**
 * The tag of a resource.
 *
 * @example
 * ```ts
 * const kind: ResourceKind = resource.model(id.model('finance-plan')).kind // 'model'
 * ```
 */
export type ResourceKind = Resource['kind']

const tenant: TenantResource = { kind: 'tenant' }
const workplace: WorkplaceResource = { kind: 'workplace' }

/**
 * Constructors for resources.
 *
 * @example
 * ```ts
 * resource.model(id.model('fp')) // { kind: 'model', id: 'fp' }
 * ```
 */
export const resource = {
  tenant,
  user: (id: UserId): UserResource => ({ kind: 'user', id }),
  workspace: (id: WorkspaceId): WorkspaceResource => ({ kind: 'workspace', id }),
  model: (id: ModelId): ModelResource => ({ kind: 'model', id }),
  list: (model: ModelId, list: ListId): ListResource => ({ kind: 'list', model, list }),
  listItem: (model: ModelId, list: ListId, item: ItemId): ListItemResource => ({ kind: 'listItem', model, list, item }),
  // Spelled out: on Node 20 a property followed by a spread costs several times a literal.
  cell: (cell: Omit<CellResource, 'kind'>): CellResource => ({ kind: 'cell', model: cell.model, module: cell.module, lineItem: cell.lineItem, version: cell.version, items: cell.items }),
  modelAction: (model: ModelId, action: ModelActionId): ModelActionResource => ({ kind: 'modelAction', model, action }),
  cloudworksConnection: (id: ConnectionId): CloudworksConnectionResource => ({ kind: 'cloudworksConnection', id }),
  integration: (id: IntegrationId): IntegrationResource => ({ kind: 'integration', id }),
  workplace,
  workplaceConnection: (id: ConnectionId): WorkplaceConnectionResource => ({ kind: 'workplaceConnection', id }),
  project: (id: ProjectId): ProjectResource => ({ kind: 'project', id }),
  account: (workspace?: WorkspaceId): AccountResource =>
    workspace === undefined ? { kind: 'account' } : { kind: 'account', workspace },
} as const
