import type { ModelAdministrationReasons } from '../decision/reasons/modelAdministration.js'
import type { Wording } from './wording.js'

/**
 * English for the modelAdministration module's reasons.
 *
 * @example
 * ```ts
 * modelAdministrationWording['model_administration.workspace_admin']({ code: 'model_administration.workspace_admin', user: 'wes', workspace: 'finance' })
 * // "User 'wes' is a workspace administrator of 'finance'."
 * ```
 */
export const modelAdministrationWording: Wording<keyof ModelAdministrationReasons> = {
  'model_administration.workspace_admin': (r) => `User '${r.user}' is a workspace administrator of '${r.workspace}'.`,
  'model_administration.not_workspace_admin': (r) =>
    `User '${r.user}' is not a workspace administrator of '${r.workspace}'; only workspace administrators may do this (R33).`,
  'model_administration.account_disabled': (r) => `User '${r.user}' has a disabled account.`,
  'model_administration.list_without_selective_access': (r) =>
    `List '${r.list}' of model '${r.model}' does not have selective access enabled, so there is nothing to import into.`,
}
