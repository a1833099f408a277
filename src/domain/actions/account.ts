import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * What an author role authors (R59–R61).
 *
 * @example
 * ```ts
 * const artifact: Artifact = 'connector'
 * ```
 */
export type Artifact = 'flow' | 'integration' | 'connector'

/**
 * Every operating and administrative act on an integration-marketplace account (R51–R63, A35, A36),
 * the one list the codec and the tests read. `configureIntegration` and `configureFlow` change
 * configuration values; `runFlow` and `runSchedule` run.
 *
 * @example
 * ```ts
 * accountOperations.includes('runFlow') // true
 * ```
 */
export const accountOperations = [
  'viewData',
  'operateData',
  'runFlow',
  'runSchedule',
  'configureIntegration',
  'configureFlow',
  'manageServices',
  'manageAppBuilderConnectors',
  'inviteUsers',
  'manageUsers',
  'changeRoles',
  'manageWorkspaces',
  'manageCloudServices',
  'managePlatformSettings',
] as const

/**
 * An operating or administrative act on the account: one of {@link accountOperations}.
 *
 * @example
 * ```ts
 * const operation: AccountOperation = 'manageWorkspaces'
 * ```
 */
export type AccountOperation = (typeof accountOperations)[number]

/**
 * An operating or administrative act on the account.
 *
 * @example
 * ```ts
 * const run: OperateAccount = { type: 'account.operate', operation: 'runSchedule' } // on resource.account()
 * ```
 */
export interface OperateAccount { readonly type: 'account.operate'; readonly operation: AccountOperation }
/**
 * Create, update or delete a flow, integration or connector definition: authoring (R54, A35, I39).
 *
 * @example
 * ```ts
 * const create: Author = { type: 'account.author', artifact: 'flow', operation: 'create' }
 * ```
 */
export interface Author {
  readonly type: 'account.author'
  readonly artifact: Artifact
  readonly operation: 'create' | 'update' | 'delete'
}

/**
 * Account acts.
 *
 * @example
 * ```ts
 * const action: AccountAction = { type: 'account.operate', operation: 'viewData' }
 * ```
 */
export type AccountAction = OperateAccount | Author

/**
 * Specs of the account acts.
 *
 * @example
 * ```ts
 * accountActionSpecs['account.operate'].resources // ['account']
 * ```
 */
export const accountActionSpecs: ActionSpecs<AccountAction['type']> = {
  'account.operate': permissionOn('account'),
  'account.author': permissionOn('account'),
}
