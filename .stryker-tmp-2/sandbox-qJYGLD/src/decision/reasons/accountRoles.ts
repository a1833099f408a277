/**
 * Reasons of the account-roles module (seed 004: R50–R63, F65–F69, A13–A16, A24, A35, A36, A47).
 *
 * @example
 * ```ts
 * const r: AccountRolesReasons['account_roles.locked'] = { user: 'ana' }
 * ```
 */
// @ts-nocheck

export interface AccountRolesReasons {
  /** The user's base role gives this right (R52, R53, R55, R56). */
  'account_roles.base_role': { readonly role: string }
  /** An additional role gives this right (R57, R59–R63). */
  'account_roles.additional_role': { readonly role: string }
  /** A Read Only user may only view, whatever additional roles they hold (R56, F65, A14, I41). */
  'account_roles.read_only': { readonly operation: string }
  /** The user's account is locked (F68). */
  'account_roles.locked': { readonly user: string }
  /** The user is not a member of the workspace the request is about (A24). */
  'account_roles.not_workspace_member': { readonly workspace: string }
  /** Authoring a flow, integration or connector needs the matching author role, even for an Administrator (R54, I39). */
  'account_roles.author_role_required': { readonly artifact: string; readonly role: string }
  /** Only a Platform Administrator grants or revokes the Platform Administrator role (R63, R51). */
  'account_roles.platform_administrator_required': { readonly role: string }
  /** The last Platform Administrator of an account keeps the role (R63). */
  'account_roles.last_platform_administrator': { readonly user: string }
  /** Warning: a role granted at or after the session was issued does not apply to it (R58, I42, A47). */
  'account_roles.session_predates_role': { readonly role: string; readonly grantedAt: number }
}
