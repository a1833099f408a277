// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { TenantSnapshot, UserRecord, WorkspaceRecord } from '../../snapshot/tenant/types.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { requireAnyRole } from './require-role.js'

/** Who may set the exception: a security admin always; a WSA of the workspace while the switch is off (F14, I23). */
const assigner = (tenant: TenantSnapshot, actor: UserRecord, workspace: WorkspaceRecord, action: string): Verdicts => {
  if (actor.roles.has('securityAdmin')) return requireAnyRole(actor, action, ['securityAdmin'])
  if (workspace.members.get(actor.id)?.admin !== true) return requireAnyRole(actor, action, ['securityAdmin'])
  return verdict.concat(
    verdict.grant(1, reason('tenant_roles.workspace_admin_assigns_exceptions', { user: actor.id, workspace: workspace.id })),
    tenant.switches.exceptionUsers ? verdict.cap(0, reason('tenant_roles.exception_switch_on', { workspace: workspace.id })) : verdict.skip,
  )
}

/**
 * `tenant.setSsoException` (F10, F14, F15, F57, F58, I23): the exception user must be a member of the workspace.
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.setSsoException': setSsoException })
 * ```
 */
export const setSsoException: Rule<'tenant.setSsoException'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (user) =>
      ifKnown(tenant.workspaces.get(request.action.workspace), 'workspace', request.action.workspace, (workspace) =>
        verdict.concat(
          assigner(tenant, actor, workspace, request.action.type),
          workspace.members.has(user.id) ? verdict.skip : verdict.cap(0, reason('tenant_roles.not_a_member', { user: user.id, workspace: workspace.id })),
        ),
      ),
    ),
  ),
)
