// @ts-nocheck
import type { ModelId, RoleId, WorkspaceId } from '../ids.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * Where a membership change is made: in Administration (user administrators), from inside a model
 * (workspace administrators), or through a user import (workspace administrators).
 *
 * @example
 * ```ts
 * const via: MembershipChannel = 'administration'
 * ```
 */
export type MembershipChannel = 'administration' | 'model' | 'import'

/**
 * Model settings and in-module acts that only workspace administrators may use (F35, F71).
 *
 * @example
 * ```ts
 * const setting: ModelSetting = 'generalLists'
 * ```
 */
export type ModelSetting =
  | 'time'
  | 'versions'
  | 'generalLists'
  | 'modules'
  | 'lineItemSubsets'
  | 'users'
  | 'actions'
  | 'sourceModels'
  | 'revisionTags'
  | 'history'
  | 'contents'
  | 'dashboards'
  | 'dataTags'
  | 'views'
  | 'lineItems'
  | 'modelMap'

/**
 * Add the user named by the resource to a workspace (R23–R25, F8, F31–F33). From a model, `model`
 * and `role` say where the user is added and with which role there.
 *
 * @example
 * ```ts
 * const add: AddToWorkspace = { type: 'workspace.addUser', workspace: id.workspace('finance'), via: 'model', model: id.model('finance-plan'), role: id.role('planner') }
 * ```
 */
export interface AddToWorkspace {
  readonly type: 'workspace.addUser'
  readonly workspace: WorkspaceId
  readonly via: MembershipChannel
  readonly model?: ModelId
  readonly role?: RoleId
}
/**
 * Remove the user named by the resource from a workspace.
 *
 * @example
 * ```ts
 * const remove: RemoveFromWorkspace = { type: 'workspace.removeUser', workspace: id.workspace('finance'), via: 'administration' }
 * ```
 */
export interface RemoveFromWorkspace {
  readonly type: 'workspace.removeUser'
  readonly workspace: WorkspaceId
  readonly via: MembershipChannel
}
/**
 * Import users into the workspace named by the resource: add users, or only update attributes (R26, R31).
 *
 * @example
 * ```ts
 * const importUsers: ImportUsers = { type: 'workspace.importUsers', mode: 'updateAttributes' } // on resource.workspace(id.workspace('finance'))
 * ```
 */
export interface ImportUsers { readonly type: 'workspace.importUsers'; readonly mode: 'add' | 'updateAttributes' }
/**
 * Export a workspace's user account data (resource: the workspace). Only its workspace administrators
 * may (R33, A49). It changes nothing, so it is decided, not applied as a command.
 *
 * @example
 * ```ts
 * const exportUsers: ExportUsers = { type: 'workspace.exportUsers' } // on resource.workspace(id.workspace('finance'))
 * ```
 */
export interface ExportUsers { readonly type: 'workspace.exportUsers' }
/**
 * Make the user named by the resource a workspace administrator of a workspace, or stop it (R33).
 *
 * @example
 * ```ts
 * const promote: SetWorkspaceAdmin = { type: 'workspace.setAdmin', workspace: id.workspace('finance'), admin: true }
 * ```
 */
export interface SetWorkspaceAdmin {
  readonly type: 'workspace.setAdmin'
  readonly workspace: WorkspaceId
  readonly admin: boolean
}
/**
 * Give the user named by the resource a role in a model (R33, F34).
 *
 * @example
 * ```ts
 * const review: SetModelRole = { type: 'workspace.setModelRole', model: id.model('finance-plan'), role: id.role('reviewer') }
 * ```
 */
export interface SetModelRole { readonly type: 'workspace.setModelRole'; readonly model: ModelId; readonly role: RoleId }
/**
 * Open a model at all (F70).
 *
 * @example
 * ```ts
 * const open: OpenModel = { type: 'model.open' } // on resource.model(id.model('finance-plan'))
 * ```
 */
export interface OpenModel { readonly type: 'model.open' }
/**
 * Use a workspace-administrator-only model setting (F35, I14).
 *
 * @example
 * ```ts
 * const versions: ManageModel = { type: 'model.manage', setting: 'versions' }
 * ```
 */
export interface ManageModel { readonly type: 'model.manage'; readonly setting: ModelSetting }

/**
 * Workspace membership and workspace-administrator acts.
 *
 * @example
 * ```ts
 * const action: WorkspaceAction = { type: 'model.manage', setting: 'modules' }
 * ```
 */
export type WorkspaceAction =
  | AddToWorkspace
  | RemoveFromWorkspace
  | ImportUsers
  | ExportUsers
  | SetWorkspaceAdmin
  | SetModelRole
  | OpenModel
  | ManageModel

/**
 * Specs of the workspace acts.
 *
 * @example
 * ```ts
 * workspaceActionSpecs['workspace.addUser'].resources // ['user']
 * ```
 */
export const workspaceActionSpecs: ActionSpecs<WorkspaceAction['type']> = {
  'workspace.addUser': permissionOn('user'),
  'workspace.removeUser': permissionOn('user'),
  'workspace.importUsers': permissionOn('workspace'),
  'workspace.exportUsers': permissionOn('workspace'),
  'workspace.setAdmin': permissionOn('user'),
  'workspace.setModelRole': permissionOn('user'),
  'model.open': permissionOn('model'),
  'model.manage': permissionOn('model'),
}
