/**
 * Reasons of the model-role layer (R34, R36, F34–F40, F56, A28, A33).
 *
 * @example
 * ```ts
 * const params: ModelRolesReasons['model_roles.custom_role'] = { model: 'finance-plan', role: 'planner' }
 * ```
 */
// @ts-nocheck

export interface ModelRolesReasons {
  /** The user holds no role in the model, which reads as No Access (F32). */
  'model_roles.no_role': { readonly model: string; readonly user: string }
  /** The user holds the built-in No Access role: nothing in the model (I9). */
  'model_roles.no_access': { readonly model: string }
  /** The built-in Full Access role: write on every module and version, every list, every action (F36, F37). */
  'model_roles.full_access': { readonly model: string }
  /** A custom role opens the model (any role but No Access does). */
  'model_roles.custom_role': { readonly model: string; readonly role: string }
  /** A custom role's module permission (F37); an unlisted module is none (I15). */
  'model_roles.module_permission': { readonly role: string; readonly module: string; readonly level: string }
  /** A custom role's version permission (F38); an unlisted version is none (I15). */
  'model_roles.version_permission': { readonly role: string; readonly version: string; readonly level: string }
  /** A custom role may read and write the data of a list's items (F39: data is not structure). */
  'model_roles.list_item_data': { readonly role: string; readonly list: string }
  /** A custom role's list permission: insert, delete and rename items (F39, A23). */
  'model_roles.list_permission': { readonly role: string; readonly list: string }
  /** A custom role without the list permission (F39). */
  'model_roles.list_not_permitted': { readonly role: string; readonly list: string }
  /** A custom role's action permission (F40). */
  'model_roles.action_permission': { readonly role: string; readonly action: string }
  /** A custom role without the action permission (F40, I15). */
  'model_roles.action_not_permitted': { readonly role: string; readonly action: string }
  /** A private import or export, runnable only by its creator (F56). */
  'model_roles.action_private': { readonly action: string; readonly creator: string }
  /** An import or export shared with workspace administrators only (F56). */
  'model_roles.action_workspace_admins_only': { readonly action: string }
  /** A workspace administrator runs a workspace-administrator-only action (F40, I14, A28). */
  'model_roles.workspace_admin_action': { readonly action: string; readonly kind: string }
  /** Order List and Update Current Period are for workspace administrators only (F40, I14). */
  'model_roles.workspace_admin_only': { readonly action: string; readonly kind: string }
  /** The Internal (Full Access) alias has Full Access in a model with an alias entry (A33). */
  'model_roles.internal_alias': { readonly model: string }
  /** The model has no alias entry, so the alias has No Access there (A33). */
  'model_roles.internal_alias_absent': { readonly model: string }
}
