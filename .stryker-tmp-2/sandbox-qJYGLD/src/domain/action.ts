// @ts-nocheck
import { accountActionSpecs, type AccountAction } from './actions/account.js'
import { cloudworksActionSpecs, type CloudworksAction } from './actions/cloudworks.js'
import { connectionActionSpecs, type ConnectionAction } from './actions/connections.js'
import { dataActionSpecs, type DataAction } from './actions/data.js'
import { modelAdministrationActionSpecs, type ModelAdministrationAction } from './actions/modelAdministration.js'
import type { ActionSpecs } from './actions/spec.js'
import { tenantActionSpecs, type TenantAction } from './actions/tenant.js'
import { workspaceActionSpecs, type WorkspaceAction } from './actions/workspace.js'

/**
 * Everything a subject may ask to do, as a tagged union on `type`.
 *
 * @example
 * ```ts
 * import type { Action } from 'accessgrid'
 * const read: Action = { type: 'cell.read', channel: 'interactive' }
 * ```
 */
export type Action = TenantAction | WorkspaceAction | DataAction | CloudworksAction | ConnectionAction | AccountAction
  | ModelAdministrationAction

/**
 * The tag of an action.
 *
 * @example
 * ```ts
 * const type: ActionType = 'cell.write'
 * actionSpecs[type].requires // 'write'
 * ```
 */
export type ActionType = Action['type']

/**
 * The action of a given type.
 *
 * @example
 * ```ts
 * const write: ActionOf<'cell.write'> = { type: 'cell.write', channel: 'fileImport' }
 * ```
 */
export type ActionOf<T extends ActionType> = Extract<Action, { readonly type: T }>

/**
 * The spec of every action type: its lattice, required level and resource kinds.
 *
 * @example
 * ```ts
 * actionSpecs['cell.write'] // { lattice: 'access', requires: 'write', resources: ['cell'] }
 * ```
 */
export const actionSpecs: ActionSpecs<ActionType> = {
  ...tenantActionSpecs,
  ...workspaceActionSpecs,
  ...dataActionSpecs,
  ...cloudworksActionSpecs,
  ...connectionActionSpecs,
  ...accountActionSpecs,
  ...modelAdministrationActionSpecs,
}

