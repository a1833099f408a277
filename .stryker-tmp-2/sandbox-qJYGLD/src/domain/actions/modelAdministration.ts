// @ts-nocheck
import type { ItemId, ListId, ModelActionId, RoleId } from '../ids.js'
import type { Access } from '../lattice.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * How a selective-access import treats the grants already on the list: `additive` keeps them and adds
 * the file's (F46: import is additive); `clearThenLoad` first removes every grant on the list.
 *
 * @example
 * ```ts
 * const mode: SelectiveAccessImportMode = 'clearThenLoad'
 * ```
 */
export type SelectiveAccessImportMode = 'additive' | 'clearThenLoad'

/**
 * Import selective-access grants into the list named by the resource (F46, F75). The rows travel with
 * the command that carries this act; deciding it needs only the list and the mode. Only workspace
 * administrators of the model's workspace may (R33).
 *
 * @example
 * ```ts
 * const load: ImportSelectiveAccess = { type: 'selectiveAccess.import', mode: 'additive' } // on resource.list(id.model('finance-plan'), id.list('cost-centre'))
 * ```
 */
export interface ImportSelectiveAccess {
  readonly type: 'selectiveAccess.import'
  readonly mode: SelectiveAccessImportMode
}

/**
 * Create a custom model role (R36, F34, F37–F40; resource: the model). A new role starts at None for
 * every module and version and off for every list and action (I15). Only WSAs may (R33).
 *
 * @example
 * ```ts
 * const create: CreateModelRole = { type: 'model.createRole', role: id.role('reviewer') } // on resource.model(id.model('fp'))
 * ```
 */
export interface CreateModelRole { readonly type: 'model.createRole'; readonly role: RoleId }
/**
 * Set a custom role's permissions (R36, F37–F40; resource: the model). Each group given replaces the
 * role's permissions of that kind; a group left out is kept. Modules and versions take None, Read or
 * Write; lists (structure) and actions are listed when allowed.
 *
 * @example
 * ```ts
 * const set: SetRolePermissions = { type: 'model.setRolePermissions', role: id.role('reviewer'), modules: { opex: 'read' } }
 * ```
 */
export interface SetRolePermissions {
  readonly type: 'model.setRolePermissions'
  readonly role: RoleId
  readonly modules?: Readonly<Record<string, Access>>
  readonly versions?: Readonly<Record<string, Access>>
  readonly lists?: readonly ListId[]
  readonly actions?: readonly ModelActionId[]
}
/**
 * Delete a custom model role (resource: the model). A role some user holds is not deleted
 * (`model_administration.role_in_use`): give them another role first.
 *
 * @example
 * ```ts
 * const remove: DeleteModelRole = { type: 'model.deleteRole', role: id.role('reviewer') }
 * ```
 */
export interface DeleteModelRole { readonly type: 'model.deleteRole'; readonly role: RoleId }
/**
 * Set the Internal (Full Access) alias's selective access on an item of the list named by the
 * resource (F29, seed 002): `none` revokes it. Only WSAs may, and only in a model the alias exists in.
 *
 * @example
 * ```ts
 * const grant: SetAliasAccess = { type: 'selectiveAccess.setAliasAccess', item: id.item('emea'), level: 'read' } // on resource.list(id.model('fp'), id.list('region'))
 * ```
 */
export interface SetAliasAccess { readonly type: 'selectiveAccess.setAliasAccess'; readonly item: ItemId; readonly level: Access }

/**
 * Model administration acts added for commands.
 *
 * @example
 * ```ts
 * const action: ModelAdministrationAction = { type: 'selectiveAccess.import', mode: 'clearThenLoad' }
 * ```
 */
export type ModelAdministrationAction = ImportSelectiveAccess | CreateModelRole | SetRolePermissions | DeleteModelRole | SetAliasAccess

/**
 * Specs of the model administration acts.
 *
 * @example
 * ```ts
 * modelAdministrationActionSpecs['selectiveAccess.import'].resources // ['list']
 * ```
 */
export const modelAdministrationActionSpecs: ActionSpecs<ModelAdministrationAction['type']> = {
  'selectiveAccess.import': permissionOn('list'),
  'model.createRole': permissionOn('model'),
  'model.setRolePermissions': permissionOn('model'),
  'model.deleteRole': permissionOn('model'),
  'selectiveAccess.setAliasAccess': permissionOn('list'),
}
