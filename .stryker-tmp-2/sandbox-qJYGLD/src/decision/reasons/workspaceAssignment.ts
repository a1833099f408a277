/**
 * Reasons of the `workspaceAssignment` module: membership and workspace administrators (R21–R33, F31–F36).
 *
 * @example
 * ```ts
 * const r = reason('workspace.admin', { user: 'ana', workspace: 'sales' })
 * ```
 */
// @ts-nocheck

export interface WorkspaceAssignmentReasons {
  /** The actor is not a member of the workspace that holds the model (F70, R4, I16). */
  'workspace.not_member': { readonly user: string; readonly workspace: string }
  /** The actor is a workspace administrator of the workspace (R33, F35, I14). */
  'workspace.admin': { readonly user: string; readonly workspace: string }
  /** Only a workspace administrator of the workspace may do this (R33, F35, I14). */
  'workspace.admin_required': { readonly action: string; readonly workspace: string }
  /** The actor is a user administrator and manages membership in Administration (R23, R24, F8). */
  'workspace.user_admin': { readonly user: string }
  /** Only a user administrator may change membership in Administration (R24, F8). */
  'workspace.user_admin_required': { readonly action: string }
  /** The user-management switch is on: only user administrators add or remove users (R30, R31, I22). */
  'workspace.user_management_switch_on': { readonly workspace: string }
  /** The target user is not a member of the workspace. */
  'workspace.target_not_member': { readonly user: string; readonly workspace: string }
  /** Demoting the only workspace administrator of a workspace. */
  'workspace.last_admin': { readonly user: string; readonly workspace: string }
  /** The model named by the act is not in the workspace named by the act. */
  'workspace.model_not_in_workspace': { readonly model: string; readonly workspace: string }
}
