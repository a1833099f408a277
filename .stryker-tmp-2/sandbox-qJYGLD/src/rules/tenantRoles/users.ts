// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'
import type { CreateInternalUser } from '../../domain/actions/tenant.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { unknownId } from '../shared/lookups.js'
import { emailProblems } from './email.js'
import { otherTenantAdmins } from './preconditions.js'
import { requireAnyRole } from './require-role.js'

const sameEmail = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase()

/** The validations of a new internal user (F9): a free id, an acceptable unused email, known workspaces. */
const newUserChecks = (tenant: TenantSnapshot, action: CreateInternalUser): Verdicts => {
  const { user, email, workspaces } = action
  return verdict.concat(
    tenant.users.has(user) ? verdict.cap(0, reason('tenant_roles.user_exists', { user })) : verdict.skip,
    ...emailProblems(email).map((problem) => verdict.cap(0, reason('tenant_roles.invalid_email', { email, problem }))),
    [...tenant.users.values()].some((other) => sameEmail(other.email, email))
      ? verdict.cap(0, reason('tenant_roles.email_in_use', { email }))
      : verdict.skip,
    workspaces.length === 0 ? verdict.cap(0, reason('tenant_roles.user_requires_workspace', { user })) : verdict.skip,
    ...workspaces.filter((ws) => !tenant.workspaces.has(ws)).map((ws) => unknownId('workspace', ws)),
  )
}

/**
 * `tenant.createInternalUser`: user administrators only, a tenant admin is not enough (R7, F8, F9, I24).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.createInternalUser': createInternalUser })
 * ```
 */
export const createInternalUser: Rule<'tenant.createInternalUser'> = (request, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    verdict.concat(requireAnyRole(actor, request.action.type, ['userAdmin']), newUserChecks(tenant, request.action)),
  )

/**
 * `tenant.setAccountStatus`: user and tenant administrators (F5, F8); the last enabled tenant admin stays enabled (F7).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.setAccountStatus': setAccountStatus })
 * ```
 */
export const setAccountStatus: Rule<'tenant.setAccountStatus'> = onResource('user', (request, target, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.users.get(target.id), 'user', target.id, (user) =>
      verdict.concat(
        requireAnyRole(actor, request.action.type, ['userAdmin', 'tenantAdmin']),
        !request.action.enabled && user.enabled && tenant.tenantAdmins.has(user.id) && otherTenantAdmins(tenant, user.id) === 0
          ? verdict.cap(0, reason('tenant_roles.last_tenant_admin', { user: user.id }))
          : verdict.skip,
      ),
    ),
  ),
)
