/**
 * Reasons of the modelAdministration module: administrative acts inside a model (R33, F46).
 *
 * @example
 * ```ts
 * const params: ModelAdministrationReasons['model_administration.not_workspace_admin'] = { user: 'paula', workspace: 'finance' }
 * ```
 */
export interface ModelAdministrationReasons {
  /** The subject is a workspace administrator of the model's workspace (R33). */
  'model_administration.workspace_admin': { readonly user: string; readonly workspace: string }
  /** Only workspace administrators of the model's workspace may do this (R33). */
  'model_administration.not_workspace_admin': { readonly user: string; readonly workspace: string }
  /** The acting user's account is disabled (F5, F8). */
  'model_administration.account_disabled': { readonly user: string }
  /** The list does not have selective access enabled, so selective access cannot be imported into it (F42). */
  'model_administration.list_without_selective_access': { readonly model: string; readonly list: string }
}
