// @ts-nocheck
import type { TenantRolesReasons } from '../decision/reasons/tenantRoles.js'
import type { Wording } from './wording.js'

/**
 * English for the `tenantRoles` reasons.
 *
 * @example
 * ```ts
 * explainReason(reason('tenant_roles.role_held', { user: 'ana', role: 'tenantAdmin' }))
 * ```
 */
export const tenantRolesWording: Wording<keyof TenantRolesReasons> = {
  'tenant_roles.role_held': (r) => `User '${r.user}' holds the '${r.role}' administration role.`,
  'tenant_roles.role_required': (r) => `${r.action} needs one of these administration roles: ${r.roles.map((role) => `'${role}'`).join(', ')}.`,
  'tenant_roles.account_disabled': (r) => `The platform access of user '${r.user}' is disabled.`,
  'tenant_roles.riu_requires_workspace': (r) => `The Restricted Integration User role for '${r.user}' must name at least one workspace.`,
  'tenant_roles.last_tenant_admin': (r) => `User '${r.user}' is the only tenant administrator and must stay one.`,
  'tenant_roles.internal_users_only': (r) => `The role '${r.role}' can be given only to internal users, and '${r.user}' is visiting.`,
  'tenant_roles.ia_requires_workspace_admin': (r) => `User '${r.user}' must first be a workspace administrator of a workspace that holds a model.`,
  'tenant_roles.page_builder_requires_model_access': (r) => `User '${r.user}' must first have access to at least one model.`,
  'tenant_roles.holds_ia_and_riu': (r) => `User '${r.user}' will hold both Integration Administrator and Restricted Integration User, and counts as Integration Administrator.`,
  'tenant_roles.role_not_held': (r) => `User '${r.user}' does not hold the '${r.role}' role.`,
  'tenant_roles.audit_not_licensed': (r) => `Audit is not licensed in this tenant, so no one may read the audit log, whatever roles '${r.user}' holds.`,
  'tenant_roles.invalid_email': (r) => `The email address '${r.email}' is not acceptable: ${r.problem}.`,
  'tenant_roles.email_in_use': (r) => `Another user already has the email address '${r.email}'.`,
  'tenant_roles.user_exists': (r) => `There is already a user '${r.user}'.`,
  'tenant_roles.user_requires_workspace': (r) => `The new user '${r.user}' must be assigned to at least one workspace.`,
  'tenant_roles.workspace_admin_assigns_exceptions': (r) => `User '${r.user}' is a workspace administrator of '${r.workspace}' and may assign its SSO exception users.`,
  'tenant_roles.exception_switch_on': (r) => `Exception users of '${r.workspace}' are assigned only in Administration while the exception-users switch is on.`,
  'tenant_roles.not_a_member': (r) => `User '${r.user}' is not a member of '${r.workspace}'.`,
}
