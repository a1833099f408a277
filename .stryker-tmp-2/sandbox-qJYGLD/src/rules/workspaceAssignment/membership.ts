// @ts-nocheck
import type { AddToWorkspace, MembershipChannel } from '../../domain/actions/workspace.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { TenantSnapshot, UserRecord, WorkspaceRecord } from '../../snapshot/tenant/types.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { byUserAdmin, byWorkspaceAdmin, requireWorkspaceAdmin } from './channels.js'

const byChannel = (tenant: TenantSnapshot, actor: UserRecord, workspace: WorkspaceRecord, via: MembershipChannel, action: string): Verdicts => {
  switch (via) {
    case 'administration':
      return byUserAdmin(actor, action)
    case 'model':
    case 'import':
      return byWorkspaceAdmin(actor, workspace, action, tenant.switches.userManagement)
  }
}

/** From a model: the model must be in the workspace, and the role must exist in it (F31, F34). */
const fromModel = (tenant: TenantSnapshot, workspace: WorkspaceRecord, action: AddToWorkspace): Verdicts => {
  const { model: modelId, role } = action
  if (modelId === undefined) return verdict.skip
  return ifKnown(tenant.models.get(modelId), 'model', modelId, (model) =>
    model.workspace !== workspace.id
      ? verdict.cap(0, reason('workspace.model_not_in_workspace', { model: model.id, workspace: workspace.id }))
      : role === undefined
        ? verdict.skip
        : ifKnown(model.roles.get(role), 'role', role, () => verdict.skip),
  )
}

/**
 * `workspace.addUser` (R23–R25, R30, R31, F8, F31–F33, A43, I22).
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'workspace.addUser': addUser })
 * ```
 */
export const addUser: Rule<'workspace.addUser'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, () =>
      ifKnown(tenant.workspaces.get(request.action.workspace), 'workspace', request.action.workspace, (workspace) =>
        verdict.concat(byChannel(tenant, actor, workspace, request.action.via, request.action.type), fromModel(tenant, workspace, request.action)),
      ),
    ),
  ),
)

/**
 * `workspace.removeUser` (R23–R25, R30, R31, F8, I22): the target must be a member.
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'workspace.removeUser': removeUser })
 * ```
 */
export const removeUser: Rule<'workspace.removeUser'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (user) =>
      ifKnown(tenant.workspaces.get(request.action.workspace), 'workspace', request.action.workspace, (workspace) =>
        verdict.concat(
          byChannel(tenant, actor, workspace, request.action.via, request.action.type),
          workspace.members.has(user.id) ? verdict.skip : verdict.cap(0, reason('workspace.target_not_member', { user: user.id, workspace: workspace.id })),
        ),
      ),
    ),
  ),
)

/**
 * `workspace.importUsers` (R26, R31, R33, A42, A49, I22): only workspace administrators of the workspace
 * import its user account data; they update attributes always, and add users only while the
 * user-management switch is off, unless they are also user administrators (R30, I22). A user
 * administrator who is not a WSA manages users through the administration acts (R24).
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'workspace.importUsers': importUsers })
 * ```
 */
export const importUsers: Rule<'workspace.importUsers'> = onResource('workspace', (request, resource, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.workspaces.get(resource.id), 'workspace', resource.id, (workspace) =>
      byWorkspaceAdmin(actor, workspace, request.action.type, request.action.mode === 'add' && tenant.switches.userManagement),
    ),
  ),
)

/**
 * `workspace.exportUsers` (R33, A49): only workspace administrators of the workspace export its user
 * account data; the user-management switch does not apply, since an export changes no membership.
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'workspace.exportUsers': exportUsers })
 * ```
 */
export const exportUsers: Rule<'workspace.exportUsers'> = onResource('workspace', (request, resource, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.workspaces.get(resource.id), 'workspace', resource.id, (workspace) => requireWorkspaceAdmin(actor, workspace, request.action.type)),
  ),
)
