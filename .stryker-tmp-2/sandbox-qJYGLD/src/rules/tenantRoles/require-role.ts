// @ts-nocheck
import type { PlainAdminRole } from '../../snapshot/input/tenant.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { UserRecord } from '../../snapshot/tenant/types.js'

/**
 * A grant for each of `roles` the user holds, or `cap(0, tenant_roles.role_required)` when they hold
 * none of them (F1–F16: each console act belongs to named administration roles).
 *
 * @example
 * ```ts
 * requireAnyRole(user, 'tenant.viewAssignments', ['viewAdmin', 'tenantAdmin'])
 * ```
 */
export const requireAnyRole = (user: UserRecord, action: string, roles: readonly PlainAdminRole[]): Verdicts => {
  const held = roles.filter((role) => user.roles.has(role))
  return held.length === 0
    ? verdict.cap(0, reason('tenant_roles.role_required', { action, roles }))
    : verdict.concat(...held.map((role) => verdict.grant(1, reason('tenant_roles.role_held', { user: user.id, role }))))
}
