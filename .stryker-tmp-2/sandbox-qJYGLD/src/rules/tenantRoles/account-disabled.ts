// @ts-nocheck
import type { UserId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Request } from '../../domain/request.js'
import type { RuleContext } from '../../rule/rule.js'
import { derivation } from '../../rule/memo.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'

/** Whether a user's account is disabled, remembered by the decider: a cell request asks it every time. */
const disabled = derivation((tenant: TenantSnapshot, user: string): boolean => tenant.users.get(user as UserId)?.enabled === false)

const capIfDisabled = (context: RuleContext, tenant: TenantSnapshot, user: UserId | undefined): Verdicts =>
  user !== undefined && context.memo.get(disabled, tenant, user) ? verdict.cap(0, reason('tenant_roles.account_disabled', { user })) : verdict.skip

/**
 * A disabled account is capped to none on every planning act where it is the subject or the actor
 * (F5, F8): disabling a user withdraws their platform access whatever roles they hold.
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'cell.read': accountDisabled })
 * ```
 */
export const accountDisabled = (request: Request, context: RuleContext): Verdicts => {
  const tenant = context.world.tenant
  if (tenant === undefined) return verdict.skip
  const subjectUser = request.subject.kind === 'user' ? request.subject.id : undefined
  const actorUser = request.actor?.kind === 'user' && request.actor.id !== subjectUser ? request.actor.id : undefined
  const subjectSays = capIfDisabled(context, tenant, subjectUser)
  const actorSays = capIfDisabled(context, tenant, actorUser)
  return actorSays.length === 0 ? subjectSays : verdict.concat(subjectSays, actorSays)
}
