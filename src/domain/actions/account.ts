import { permissionOn, type ActionSpecs } from './spec.js'

/** What an author role authors (R59–R61). */
export type Artifact = 'flow' | 'integration' | 'connector'

/**
 * Operating and administrative acts on an integration-marketplace account (R51–R63, A35, A36).
 * `configureIntegration` and `configureFlow` change configuration values; `runFlow` and `runSchedule` run.
 */
export type AccountOperation =
  | 'viewData'
  | 'operateData'
  | 'runFlow'
  | 'runSchedule'
  | 'configureIntegration'
  | 'configureFlow'
  | 'manageServices'
  | 'manageAppBuilderConnectors'
  | 'inviteUsers'
  | 'manageUsers'
  | 'changeRoles'
  | 'manageWorkspaces'
  | 'manageCloudServices'
  | 'managePlatformSettings'

/** An operating or administrative act on the account. */
export interface OperateAccount { readonly type: 'account.operate'; readonly operation: AccountOperation }
/** Create, update or delete a flow, integration or connector definition: authoring (R54, A35, I39). */
export interface Author {
  readonly type: 'account.author'
  readonly artifact: Artifact
  readonly operation: 'create' | 'update' | 'delete'
}

/** Account acts. */
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
