// @ts-nocheck
import type { UserId } from '../ids.js'
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
 * The account roles (R52, R57): the three base roles and the additional roles. Spelled here as in the
 * account section of the world.
 *
 * @example
 * ```ts
 * const role: AccountRole = 'platformAdministrator'
 * ```
 */
export type AccountRole = 'administrator' | 'user' | 'readOnly' | 'flowAuthor' | 'integrationAuthor' | 'connectorAuthor' | 'appBuilderAuthor' | 'platformAdministrator'

/**
 * Grant a user an account role (R51, R57, R63; resource: the account). A base role replaces the
 * user's base role (R52: exactly one); an additional role is added. The command's time is the grant
 * time, so the fresh-session rule applies to it (R58, A16, A47).
 *
 * @example
 * ```ts
 * const grant: GrantAccountRole = { type: 'account.grantRole', user: id.user('pat'), role: 'flowAuthor' } // on resource.account()
 * ```
 */
export interface GrantAccountRole { readonly type: 'account.grantRole'; readonly user: UserId; readonly role: AccountRole }
/**
 * Revoke an additional role from a user (R51, R63; resource: the account). It applies at once (A16).
 * A base role is not revoked but replaced, with `account.grantRole`.
 *
 * @example
 * ```ts
 * const revoke: RevokeAccountRole = { type: 'account.revokeRole', user: id.user('pat'), role: 'platformAdministrator' }
 * ```
 */
export interface RevokeAccountRole {
  readonly type: 'account.revokeRole'
  readonly user: UserId
  readonly role: 'flowAuthor' | 'integrationAuthor' | 'connectorAuthor' | 'appBuilderAuthor' | 'platformAdministrator'
}

/**
 * Account acts.
 *
 * @example
 * ```ts
 * const action: AccountAction = { type: 'account.operate', operation: 'viewData' }
 * ```
 */
export type AccountAction = OperateAccount | Author | GrantAccountRole | RevokeAccountRole

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
  'account.grantRole': permissionOn('account'),
  'account.revokeRole': permissionOn('account'),
}
