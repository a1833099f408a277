// @ts-nocheck
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
  'model_administration.role_exists': (r) => `The model already has a role '${r.role}'.`,
  'model_administration.built_in_role': (r) => `'${r.role}' is a built-in role: its permissions are fixed and it cannot be deleted.`,
  'model_administration.role_in_use': (r) => `Role '${r.role}' is held by ${r.holders} user${r.holders === 1 ? '' : 's'}; give them another role before deleting it.`,
  'model_administration.no_internal_alias': (r) =>
    `Internal (Full Access) exists only in models tied to a CloudWorks integration, and model '${r.model}' is not (F29).`,
}
