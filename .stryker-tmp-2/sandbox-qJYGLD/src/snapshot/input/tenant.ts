// @ts-nocheck
import type { AdminRole } from '../../domain/actions/tenant.js'
import type { Access } from '../../domain/lattice.js'

/**
 * The planning tenant as delivered: plain JSON, ids as strings. `compile` checks it and indexes it.
 * Optional fields default as documented in `docs/wire-format.md`.
 *
 * @example
 * ```ts
 * const tenant: TenantInput = { users: [{ id: 'wes', kind: 'internal' }], workspaces: [{ id: 'finance', members: [{ user: 'wes', admin: true }] }], models: [] }
 * ```
 */
export interface TenantInput {
  /** The two "Administration only" switches (F13, F14); both off by default. */
  readonly switches?: { readonly userManagement?: boolean; readonly exceptionUsers?: boolean }
  /** Whether Audit is licensed; without it the Tenant Auditor role grants nothing (F11). Default false. */
  readonly auditLicensed?: boolean
  readonly users: readonly UserInput[]
  readonly workspaces: readonly WorkspaceInput[]
  readonly models: readonly ModelInput[]
  readonly connections?: readonly CloudworksConnectionInput[]
  readonly integrations?: readonly IntegrationInput[]
}

/**
 * Administration roles that are held without parameters (the RIU carries its workspaces apart).
 *
 * @example
 * ```ts
 * const roles: readonly PlainAdminRole[] = ['securityAdmin', 'auditor'] // an RIU is given by `restrictedIntegrationWorkspaces`
 * ```
 */
export type PlainAdminRole = Exclude<AdminRole, 'restrictedIntegrationUser'>

/**
 * A user of the tenant: internal (home tenant) or visiting (another tenant).
 *
 * @example
 * ```ts
 * const rita: UserInput = { id: 'rita', kind: 'internal', email: 'rita@acme.example', restrictedIntegrationWorkspaces: ['finance'] }
 * ```
 */
export interface UserInput {
  readonly id: string
  readonly kind: 'internal' | 'visiting'
  readonly email?: string
  /** Platform access; default true (F5). */
  readonly enabled?: boolean
  readonly roles?: readonly PlainAdminRole[]
  /** The Restricted Integration User role with its workspaces (R2); never empty (R3, I18). */
  readonly restrictedIntegrationWorkspaces?: readonly string[]
}

/**
 * A member of a workspace.
 *
 * @example
 * ```ts
 * const wes: MemberInput = { user: 'wes', admin: true }
 * ```
 */
export interface MemberInput {
  readonly user: string
  /** Workspace administrator; default false (R32). */
  readonly admin?: boolean
  /** SSO exception user in this workspace; default false (F57). */
  readonly ssoException?: boolean
}

/**
 * A workspace and its members.
 *
 * @example
 * ```ts
 * const finance: WorkspaceInput = { id: 'finance', members: [{ user: 'wes', admin: true }, { user: 'vera', ssoException: true }] }
 * ```
 */
export interface WorkspaceInput {
  readonly id: string
  readonly members?: readonly MemberInput[]
}

/**
 * A custom model role (F34, F37–F40); every permission it does not list is None or off (I15).
 *
 * @example
 * ```ts
 * const pricing: RoleInput = { id: 'pricing', modules: { assumptions: 'write' }, versions: { budget: 'write' }, lists: ['product'] }
 * ```
 */
export interface RoleInput {
  readonly id: string
  readonly modules?: Readonly<Record<string, Access>>
  readonly versions?: Readonly<Record<string, Access>>
  /** Lists whose structure the role may edit (F39). */
  readonly lists?: readonly string[]
  /** Model actions the role may run (F40). */
  readonly actions?: readonly string[]
}

/**
 * A user's role in a model; `fullAccess` and `noAccess` are built in (F34).
 *
 * @example
 * ```ts
 * const paula: AssignmentInput = { user: 'paula', role: 'planner' }
 * ```
 */
export interface AssignmentInput {
  readonly user: string
  readonly role: string
}

/**
 * An item of a list; `parent` is an item of the list's parent list (F45).
 *
 * @example
 * ```ts
 * const berlin: ItemInput = { id: 'cc-berlin', parent: 'de' }
 * ```
 */
export interface ItemInput {
  readonly id: string
  readonly parent?: string
}

/**
 * A list, its parent in the hierarchy, and whether selective access is enabled on it.
 *
 * @example
 * ```ts
 * const costCentre: ListInput = { id: 'cost-centre', parent: 'country', selectiveAccess: true, items: [{ id: 'cc-berlin', parent: 'de' }] }
 * ```
 */
export interface ListInput {
  readonly id: string
  readonly parent?: string
  readonly selectiveAccess?: boolean
  readonly items?: readonly ItemInput[]
}

/**
 * A line item with its optional read and write access drivers (F47).
 *
 * @example
 * ```ts
 * const amount: LineItemInput = { id: 'amount', writeDriver: 'budget-open' }
 * ```
 */
export interface LineItemInput {
  readonly id: string
  readonly readDriver?: string
  readonly writeDriver?: string
}

/**
 * A module, dimensioned by lists (and always by version).
 *
 * @example
 * ```ts
 * const opex: ModuleInput = { id: 'opex', lists: ['cost-centre', 'product'], lineItems: [{ id: 'salaries', readDriver: 'salary-visible' }] }
 * ```
 */
export interface ModuleInput {
  readonly id: string
  readonly lists?: readonly string[]
  readonly lineItems?: readonly LineItemInput[]
}

/**
 * A Boolean access-driver line item (F47). `dimensions` are list ids or `users`; a driver with no
 * dimensions is global. A cell without a value is FALSE (A33), or the driver's `default`. Three wire
 * forms: one value a cell (`values`), a default with exceptions (`default` and `values`), or a bitmap
 * over lists (`bitmap`); see docs/wire-format.md.
 *
 * @example
 * ```ts
 * const salaryVisible: DriverInput = { id: 'salary-visible', dimensions: ['users'], values: [{ user: 'paula', value: true }] }
 * const mostOpen: DriverInput = { id: 'open', dimensions: ['region'], default: true, values: [{ items: { region: 'apac' }, value: false }] }
 * const grid: DriverInput = { id: 'grid', dimensions: ['region', 'product'], bitmap: 'qg==' } // 2 regions × 4 products
 * ```
 */
export interface DriverInput {
  readonly id: string
  readonly dimensions?: readonly string[]
  readonly values?: readonly DriverValueInput[]
  /** The value of every cell `values` leaves out (FALSE when absent, A33): a driver given as a default with exceptions. */
  readonly default?: boolean
  /**
   * Every cell's value, for a driver dimensioned by lists only: base64 of one bit a cell, cell
   * `Σ index[d] × stride[d]` (items numbered in list order, the last dimension varying fastest) being
   * bit `cell & 7` of byte `cell >> 3`. Alone: no `values` or `default` beside it.
   */
  readonly bitmap?: string
}

/**
 * One value of a driver: the item of each list dimension, the user for a `users` dimension.
 *
 * @example
 * ```ts
 * const berlinOpen: DriverValueInput = { items: { 'cost-centre': 'cc-berlin' }, value: true }
 * ```
 */
export interface DriverValueInput {
  readonly items?: Readonly<Record<string, string>>
  readonly user?: string
  readonly value: boolean
}

/**
 * Where an import or export takes its data from, or puts it.
 *
 * @example
 * ```ts
 * const fromFile: EndpointInput = { file: true }
 * const intoOpex: EndpointInput = { module: 'opex' }
 * ```
 */
export type EndpointInput =
  | { readonly file: true }
  | { readonly module: string; readonly model?: string }
  | { readonly list: string; readonly model?: string }

/**
 * Who may run an import or export besides the role's action permission (F56).
 *
 * @example
 * ```ts
 * const visibility: ActionVisibility = 'private' // only its creator may run it
 * ```
 */
export type ActionVisibility = 'everyone' | 'private' | 'workspaceAdmins'

/**
 * An action of a model: an import, export or process, or a built-in workspace-administrator action (F40).
 *
 * @example
 * ```ts
 * const importBudget: ModelActionInput = { id: 'import-budget', kind: 'import', source: { file: true }, target: { module: 'opex' } }
 * ```
 */
export interface ModelActionInput {
  readonly id: string
  readonly kind: 'import' | 'export' | 'process' | 'orderList' | 'updateCurrentPeriod'
  readonly visibility?: ActionVisibility
  readonly createdBy?: string
  readonly source?: EndpointInput
  readonly target?: EndpointInput
  /** For a process: the actions it runs, in order. */
  readonly steps?: readonly string[]
}

/**
 * An explicit selective-access grant of a user on a list item (F42).
 *
 * @example
 * ```ts
 * const grant: SelectiveAccessInput = { user: 'pete', list: 'cost-centre', item: 'cc-new-york', level: 'write' }
 * ```
 */
export interface SelectiveAccessInput {
  readonly user: string
  readonly list: string
  readonly item: string
  readonly level: Exclude<Access, 'none'>
}

/**
 * The Internal (Full Access) alias's entry in a model that is tied to CloudWorks (F29, A33).
 *
 * @example
 * ```ts
 * const alias: InternalAliasInput = { selectiveAccess: [{ list: 'cost-centre', item: 'cc-berlin', level: 'read' }] }
 * ```
 */
export interface InternalAliasInput {
  readonly selectiveAccess?: readonly { readonly list: string; readonly item: string; readonly level: Exclude<Access, 'none'> }[]
}

/**
 * A planning model.
 *
 * @example
 * ```ts
 * const plan: ModelInput = { id: 'finance-plan', workspace: 'finance', versions: [{ id: 'budget' }], assignments: [{ user: 'paula', role: 'fullAccess' }] }
 * ```
 */
export interface ModelInput {
  readonly id: string
  readonly workspace: string
  readonly roles?: readonly RoleInput[]
  readonly assignments?: readonly AssignmentInput[]
  readonly lists?: readonly ListInput[]
  readonly versions?: readonly { readonly id: string }[]
  readonly modules?: readonly ModuleInput[]
  readonly drivers?: readonly DriverInput[]
  readonly actions?: readonly ModelActionInput[]
  readonly selectiveAccess?: readonly SelectiveAccessInput[]
  readonly internalAlias?: InternalAliasInput
}

/**
 * A CloudWorks connection. `restricted` is true when an RIU created it (F21).
 *
 * @example
 * ```ts
 * const s3: CloudworksConnectionInput = { id: 's3-rita', workspace: 'finance', restricted: true, createdBy: 'rita' }
 * ```
 */
export interface CloudworksConnectionInput {
  readonly id: string
  readonly workspace: string
  readonly restricted: boolean
  readonly createdBy: string
}

/**
 * One step of an integration: a model action it runs.
 *
 * @example
 * ```ts
 * const step: StepInput = { model: 'finance-plan', action: 'import-budget' }
 * ```
 */
export interface StepInput {
  readonly model: string
  readonly action: string
}

/**
 * A CloudWorks integration (F21–F23, A6, A32).
 *
 * @example
 * ```ts
 * const upload: IntegrationInput = {
 *   id: 'budget-upload', workspace: 'finance', restricted: true, createdBy: 'rita', lastRunBy: 'rita',
 *   connection: 's3-rita', steps: [{ model: 'finance-plan', action: 'import-budget' }],
 * }
 * ```
 */
export interface IntegrationInput {
  readonly id: string
  readonly workspace: string
  readonly restricted: boolean
  readonly createdBy: string
  readonly lastRunBy?: string
  readonly runAs?: string
  readonly connection?: string
  readonly steps?: readonly StepInput[]
}
