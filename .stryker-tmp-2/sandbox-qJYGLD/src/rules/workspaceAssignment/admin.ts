// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { UserRecord, WorkspaceRecord } from '../../snapshot/tenant/types.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { requireWorkspaceAdmin } from './channels.js'

const targetIsMember = (target: UserRecord, workspace: WorkspaceRecord): Verdicts =>
  workspace.members.has(target.id) ? verdict.skip : verdict.cap(0, reason('workspace.target_not_member', { user: target.id, workspace: workspace.id }))

/** Whether a workspace administrator other than `user` exists: stops at the first one it meets. */
const anotherAdmin = (workspace: WorkspaceRecord, user: UserRecord['id']): boolean => {
  for (const [member, membership] of workspace.members) if (membership.admin && member !== user) return true
  return false
}

/** Demoting the last WSA is refused; the members are read only for a demotion of a WSA. */
const keepsAnAdmin = (target: UserRecord, workspace: WorkspaceRecord, admin: boolean): Verdicts =>
  admin || workspace.members.get(target.id)?.admin !== true || anotherAdmin(workspace, target.id)
    ? verdict.skip
    : verdict.cap(0, reason('workspace.last_admin', { user: target.id, workspace: workspace.id }))

/**
 * `workspace.setAdmin`: only WSAs of the workspace designate WSAs, only among its members, and the
 * last WSA of a workspace stays one (R32, R33, I14, A28).
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'workspace.setAdmin': setAdmin })
 * ```
 */
export const setAdmin: Rule<'workspace.setAdmin'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (user) =>
      ifKnown(tenant.workspaces.get(request.action.workspace), 'workspace', request.action.workspace, (workspace) =>
        verdict.concat(
          requireWorkspaceAdmin(actor, workspace, request.action.type),
          targetIsMember(user, workspace),
          keepsAnAdmin(user, workspace, request.action.admin),
        ),
      ),
    ),
  ),
)

/**
 * `workspace.setModelRole`: a WSA of the model's workspace gives a member a role that exists in the model (R33, F34).
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'workspace.setModelRole': setModelRole })
 * ```
 */
export const setModelRole: Rule<'workspace.setModelRole'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (user) =>
      ifKnown(tenant.models.get(request.action.model), 'model', request.action.model, (model) =>
        ifKnown(tenant.workspaces.get(model.workspace), 'workspace', model.workspace, (workspace) =>
          verdict.concat(
            requireWorkspaceAdmin(actor, workspace, request.action.type),
            ifKnown(model.roles.get(request.action.role), 'role', request.action.role, () => verdict.skip),
            targetIsMember(user, workspace),
          ),
        ),
      ),
    ),
  ),
)
