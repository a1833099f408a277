// @ts-nocheck
import type { AdminRole } from '../../domain/actions/tenant.js'
import type { WorkspaceId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { unknownId } from '../shared/lookups.js'
import { accessesAModel, administersAModel, holdsRole, otherTenantAdmins } from './preconditions.js'
import { requireAnyRole } from './require-role.js'

/** Who may assign or remove a role: encryption admins for their own role, tenant admins for all others (F3, R1, R22). */
const mayAdminister = (actor: UserRecord, action: string, role: AdminRole): Verdicts =>
  requireAnyRole(actor, action, role === 'encryptionAdmin' ? ['encryptionAdmin'] : ['tenantAdmin'])

const blockedIf = (condition: boolean, blocked: () => Verdicts): Verdicts => (condition ? blocked() : verdict.skip)

const riuWorkspaces = (tenant: TenantSnapshot, target: UserRecord, workspaces: readonly WorkspaceId[] | undefined): Verdicts =>
  workspaces === undefined || workspaces.length === 0
    ? verdict.cap(0, reason('tenant_roles.riu_requires_workspace', { user: target.id }))
    : verdict.concat(...workspaces.filter((ws) => !tenant.workspaces.has(ws)).map((ws) => unknownId('workspace', ws)))

/** The validations of an assignment (R3, F12, F17, A22, A46): denies and warnings, never throws. */
const assignmentChecks = (tenant: TenantSnapshot, target: UserRecord, role: AdminRole, workspaces: readonly WorkspaceId[] | undefined): Verdicts => {
  const user = target.id
  const integration = role === 'integrationAdmin' || role === 'restrictedIntegrationUser'
  return verdict.concat(
    role === 'restrictedIntegrationUser' ? riuWorkspaces(tenant, target, workspaces) : verdict.skip,
    blockedIf(integration && target.kind !== 'internal', () => verdict.cap(0, reason('tenant_roles.internal_users_only', { user, role }))),
    blockedIf(role === 'integrationAdmin' && !administersAModel(tenant, user), () =>
      verdict.cap(0, reason('tenant_roles.ia_requires_workspace_admin', { user })),
    ),
    blockedIf(role === 'pageBuilder' && !accessesAModel(tenant, user), () =>
      verdict.cap(0, reason('tenant_roles.page_builder_requires_model_access', { user })),
    ),
    blockedIf(
      (role === 'integrationAdmin' && holdsRole(target, 'restrictedIntegrationUser')) ||
        (role === 'restrictedIntegrationUser' && holdsRole(target, 'integrationAdmin')),
      () => verdict.warn(reason('tenant_roles.holds_ia_and_riu', { user })),
    ),
  )
}

/**
 * `tenant.assignRole` (R1–R3, R8, F3, F12, F17, A22, A46, I18, I19).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.assignRole': assignRole })
 * ```
 */
export const assignRole: Rule<'tenant.assignRole'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (assignee) =>
      verdict.concat(
        mayAdminister(actor, request.action.type, request.action.role),
        assignmentChecks(tenant, assignee, request.action.role, request.action.workspaces),
      ),
    ),
  ),
)

/**
 * `tenant.unassignRole` (R1, F3, F7, I20): the role must be held, and the last tenant admin stays.
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.unassignRole': unassignRole })
 * ```
 */
export const unassignRole: Rule<'tenant.unassignRole'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (holder) => {
      const role = request.action.role
      return verdict.concat(
        mayAdminister(actor, request.action.type, role),
        holdsRole(holder, role)
          ? blockedIf(role === 'tenantAdmin' && otherTenantAdmins(tenant, holder.id) === 0, () =>
              verdict.cap(0, reason('tenant_roles.last_tenant_admin', { user: holder.id })),
            )
          : verdict.cap(0, reason('tenant_roles.role_not_held', { user: holder.id, role })),
      )
    }),
  ),
)
