// @ts-nocheck
import type { ModelRolesReasons } from '../decision/reasons/modelRoles.js'
import type { Wording } from './wording.js'

/**
 * English for the model-role layer.
 *
 * @example
 * ```ts
 * modelRolesWording['model_roles.full_access']({ code: 'model_roles.full_access', model: 'fp' }) // "The Full Access role of model 'fp' grants this."
 * ```
 */
export const modelRolesWording: Wording<keyof ModelRolesReasons> = {
  'model_roles.no_role': (r) => `User '${r.user}' holds no role in model '${r.model}', which reads as No Access.`,
  'model_roles.no_access': (r) => `The No Access role gives nothing in model '${r.model}'.`,
  'model_roles.full_access': (r) => `The Full Access role of model '${r.model}' grants this.`,
  'model_roles.custom_role': (r) => `Role '${r.role}' opens model '${r.model}'.`,
  'model_roles.module_permission': (r) => `Role '${r.role}' has ${r.level} on module '${r.module}'.`,
  'model_roles.version_permission': (r) => `Role '${r.role}' has ${r.level} on version '${r.version}'.`,
  'model_roles.list_item_data': (r) => `Role '${r.role}' may read and write the data of list '${r.list}'.`,
  'model_roles.list_permission': (r) => `Role '${r.role}' may insert, delete and rename items of list '${r.list}'.`,
  'model_roles.list_not_permitted': (r) => `Role '${r.role}' may not change the items of list '${r.list}'.`,
  'model_roles.action_permission': (r) => `Role '${r.role}' may run action '${r.action}'.`,
  'model_roles.action_not_permitted': (r) => `Role '${r.role}' may not run action '${r.action}'.`,
  'model_roles.action_private': (r) => `Action '${r.action}' is private to its creator '${r.creator}'.`,
  'model_roles.action_workspace_admins_only': (r) => `Action '${r.action}' is shared with workspace administrators only.`,
  'model_roles.workspace_admin_action': (r) => `A workspace administrator may run ${r.kind} action '${r.action}'.`,
  'model_roles.workspace_admin_only': (r) => `Only workspace administrators may run ${r.kind} action '${r.action}'.`,
  'model_roles.internal_alias': (r) => `The Internal (Full Access) alias has Full Access in model '${r.model}'.`,
  'model_roles.internal_alias_absent': (r) => `Model '${r.model}' has no Internal (Full Access) entry, so the alias has No Access.`,
}
