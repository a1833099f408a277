/**
 * Reasons of the `tenantRoles` module: administration roles and their validations (R1–R8, F1–F17).
 *
 * @example
 * ```ts
 * const r = reason('tenant_roles.role_held', { user: 'ana', role: 'tenantAdmin' })
 * ```
 */
// @ts-nocheck

export interface TenantRolesReasons {
  /** The actor holds an administration role that allows the act. */
  'tenant_roles.role_held': { readonly user: string; readonly role: string }
  /** The actor holds none of the administration roles the act needs. */
  'tenant_roles.role_required': { readonly action: string; readonly roles: readonly string[] }
  /** The user's platform access is disabled: nothing is allowed to them (F5, F8). */
  'tenant_roles.account_disabled': { readonly user: string }
  /** A Restricted Integration User assignment names no workspace (R3, I18). */
  'tenant_roles.riu_requires_workspace': { readonly user: string }
  /** Removing or disabling the only tenant administrator (F7, I20). */
  'tenant_roles.last_tenant_admin': { readonly user: string }
  /** IA and RIU are for internal users only (F17, R8, A22). */
  'tenant_roles.internal_users_only': { readonly user: string; readonly role: string }
  /** The IA assignee is not a workspace administrator of a workspace holding a model (F17, I19). */
  'tenant_roles.ia_requires_workspace_admin': { readonly user: string }
  /** The Page Builder assignee has no access to any model yet (F12). */
  'tenant_roles.page_builder_requires_model_access': { readonly user: string }
  /** Warning: the assignee will hold both IA and RIU, and counts as IA (F20, A46). */
  'tenant_roles.holds_ia_and_riu': { readonly user: string }
  /** The user does not hold the role being removed. */
  'tenant_roles.role_not_held': { readonly user: string; readonly role: string }
  /** Audit is not licensed, so the Tenant Auditor role grants nothing (F11). */
  'tenant_roles.audit_not_licensed': { readonly user: string }
  /** The new user's email address is not acceptable (F9). */
  'tenant_roles.invalid_email': { readonly email: string; readonly problem: string }
  /** Another user of the tenant already has this email address (F9). */
  'tenant_roles.email_in_use': { readonly email: string }
  /** The new user's id is already taken. */
  'tenant_roles.user_exists': { readonly user: string }
  /** A new internal user must be assigned to at least one workspace (F9). */
  'tenant_roles.user_requires_workspace': { readonly user: string }
  /** The actor is a workspace administrator of the workspace and may assign its exception users (F14). */
  'tenant_roles.workspace_admin_assigns_exceptions': { readonly user: string; readonly workspace: string }
  /** The exception-users switch is on: only tenant security administrators assign exception users (F14, I23). */
  'tenant_roles.exception_switch_on': { readonly workspace: string }
  /** The exception user must be a member of the workspace (F15). */
  'tenant_roles.not_a_member': { readonly user: string; readonly workspace: string }
}
