// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { UserRecord, WorkspaceRecord } from '../../snapshot/tenant/types.js'

/**
 * A workspace administrator of the workspace: granted, or `cap(0, workspace.admin_required)` (R33).
 *
 * @example
 * ```ts
 * requireWorkspaceAdmin(actor, workspace, 'workspace.setAdmin')
 * ```
 */
export const requireWorkspaceAdmin = (actor: UserRecord, workspace: WorkspaceRecord, action: string): Verdicts =>
  workspace.members.get(actor.id)?.admin === true
    ? verdict.grant(1, reason('workspace.admin', { user: actor.id, workspace: workspace.id }))
    : verdict.cap(0, reason('workspace.admin_required', { action, workspace: workspace.id }))

/**
 * Membership changed by a workspace administrator (from a model or by import, R25, R26): allowed to
 * WSAs of the workspace, and blocked while `switchOn` (the user-management switch, where it applies)
 * unless the actor is also a user administrator, whom the switch never blocks (R30, R31, A43, I22).
 *
 * @example
 * ```ts
 * byWorkspaceAdmin(actor, workspace, 'workspace.addUser', tenant.switches.userManagement)
 * ```
 */
export const byWorkspaceAdmin = (actor: UserRecord, workspace: WorkspaceRecord, action: string, switchOn: boolean): Verdicts =>
  verdict.concat(
    requireWorkspaceAdmin(actor, workspace, action),
    switchOn && !actor.roles.has('userAdmin')
      ? verdict.cap(0, reason('workspace.user_management_switch_on', { workspace: workspace.id }))
      : verdict.skip,
  )

/**
 * Membership changed in Administration: user administrators only, never blocked by the switch (R23, R24, F8, F13).
 *
 * @example
 * ```ts
 * byUserAdmin(actor, 'workspace.removeUser')
 * ```
 */
export const byUserAdmin = (actor: UserRecord, action: string): Verdicts =>
  actor.roles.has('userAdmin')
    ? verdict.grant(1, reason('workspace.user_admin', { user: actor.id }))
    : verdict.cap(0, reason('workspace.user_admin_required', { action }))
