// @ts-nocheck
import type { AccountRolesReasons } from '../decision/reasons/accountRoles.js'
import type { Wording } from './wording.js'

/**
 * English for the account-roles module's reasons.
 *
 * @example
 * ```ts
 * accountRolesWording['account_roles.locked']({ code: 'account_roles.locked', user: 'ana' })
 * ```
 */
export const accountRolesWording: Wording<keyof AccountRolesReasons> = {
  'account_roles.base_role': (r) => `The base role '${r.role}' allows this.`,
  'account_roles.additional_role': (r) => `The additional role '${r.role}' allows this.`,
  'account_roles.read_only': (r) => `A Read Only user may only view data, so '${r.operation}' is not allowed.`,
  'account_roles.locked': (r) => `The account of user '${r.user}' is locked.`,
  'account_roles.platform_administrator_required': () =>
    'Only a Platform Administrator grants or revokes the Platform Administrator role, which is held by only a few users.',
  'account_roles.last_platform_administrator': (r) => `User '${r.user}' is the account's last Platform Administrator and keeps the role.`,
  'account_roles.not_workspace_member': (r) => `The user is not a member of workspace '${r.workspace}'.`,
  'account_roles.author_role_required': (r) => `Authoring a ${r.artifact} needs the '${r.role}' role.`,
  'account_roles.session_predates_role': (r) => `The role '${r.role}' was granted after this session began (${r.grantedAt}); sign in again to use it.`,
}
