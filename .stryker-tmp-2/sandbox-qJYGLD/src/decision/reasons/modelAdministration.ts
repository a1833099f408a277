/**
 * Reasons of the modelAdministration module: administrative acts inside a model (R33, F46).
 *
 * @example
 * ```ts
 * const params: ModelAdministrationReasons['model_administration.not_workspace_admin'] = { user: 'paula', workspace: 'finance' }
 * ```
 */
// @ts-nocheck

export interface ModelAdministrationReasons {
  /** The subject is a workspace administrator of the model's workspace (R33). */
  'model_administration.workspace_admin': { readonly user: string; readonly workspace: string }
  /** Only workspace administrators of the model's workspace may do this (R33). */
  'model_administration.not_workspace_admin': { readonly user: string; readonly workspace: string }
  /** The acting user's account is disabled (F5, F8). */
  'model_administration.account_disabled': { readonly user: string }
  /** The list does not have selective access enabled, so selective access cannot be imported into it (F42). */
  'model_administration.list_without_selective_access': { readonly model: string; readonly list: string }
  /** The model already has a role with this id (F34). */
  'model_administration.role_exists': { readonly role: string }
  /** Full Access and No Access are fixed: their permissions are not set and they are not deleted (F34, F37). */
  'model_administration.built_in_role': { readonly role: string }
  /** A role some users hold is not deleted; give them another role first. */
  'model_administration.role_in_use': { readonly role: string; readonly holders: number }
  /** The Internal (Full Access) alias exists only in models tied to a CloudWorks integration (F29). */
  'model_administration.no_internal_alias': { readonly model: string }
}
