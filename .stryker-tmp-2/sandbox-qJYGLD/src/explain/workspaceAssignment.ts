// @ts-nocheck
import type { WorkspaceAssignmentReasons } from '../decision/reasons/workspaceAssignment.js'
import type { Wording } from './wording.js'

/**
 * English for the `workspaceAssignment` reasons.
 *
 * @example
 * ```ts
 * explainReason(reason('workspace.admin', { user: 'ana', workspace: 'sales' }))
 * ```
 */
export const workspaceAssignmentWording: Wording<keyof WorkspaceAssignmentReasons> = {
  'workspace.not_member': (r) => `User '${r.user}' is not a member of workspace '${r.workspace}'.`,
  'workspace.admin': (r) => `User '${r.user}' is a workspace administrator of '${r.workspace}'.`,
  'workspace.admin_required': (r) => `Only a workspace administrator of '${r.workspace}' may do ${r.action}.`,
  'workspace.user_admin': (r) => `User '${r.user}' is a user administrator.`,
  'workspace.user_admin_required': (r) => `Only a user administrator may do ${r.action} in Administration.`,
  'workspace.user_management_switch_on': (r) => `The user-management switch is on: only user administrators add or remove users of '${r.workspace}'.`,
  'workspace.target_not_member': (r) => `User '${r.user}' is not a member of workspace '${r.workspace}'.`,
  'workspace.last_admin': (r) => `User '${r.user}' is the only workspace administrator of '${r.workspace}' and must stay one.`,
  'workspace.model_not_in_workspace': (r) => `Model '${r.model}' is not in workspace '${r.workspace}'.`,
}
