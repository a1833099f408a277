// @ts-nocheck
import type { AccountRole } from '../../domain/actions/account.js'
import type { UserId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import type { AccountSnapshot } from '../../snapshot/account/types.js'
import { unknownId } from '../shared/lookups.js'
import type { Holder } from './holder.js'
import { decideFor, operationVerdicts } from './operation.js'

const platformAdministrator = 'platformAdministrator'

/** R63: the Platform Administrator is "held by only a few users": only a Platform Administrator grants or revokes it (fail closed). */
const platformAdministratorGate = (holder: Holder, role: AccountRole): Verdicts =>
  role === platformAdministrator && !holder.additionalRoles.includes(platformAdministrator)
    ? verdict.cap(0, reason('account_roles.platform_administrator_required', { role }))
    : verdict.skip

/** Whoever changes a role: R51's right to change roles, the Platform Administrator gate, and a known target. */
const changeVerdicts = (holder: Holder, context: RuleContext, target: UserId, role: AccountRole): Verdicts => {
  const account = context.world.account
  const known = account?.users.has(target) === true ? verdict.skip : unknownId('user', target)
  return verdict.concat(operationVerdicts(holder, 'changeRoles', context.world.settings), platformAdministratorGate(holder, role), known)
}

/** Whether `user` is the only holder of the Platform Administrator role on the account. */
const lastPlatformAdministrator = (account: AccountSnapshot | undefined, user: UserId): boolean => {
  if (account?.users.get(user)?.additionalRoles.has(platformAdministrator) !== true) return false
  for (const other of account.users.values()) if (other.id !== user && other.additionalRoles.has(platformAdministrator)) return false
  return true
}

/**
 * `account.grantRole` (R51, R52, R57, R63, A36): only a holder of the right to change roles (an
 * Administrator, or a Platform Administrator) grants account roles, and only a Platform Administrator
 * grants the Platform Administrator role. The grant's time is the command's, so the grantee's sessions
 * issued before it do not see it (R58).
 *
 * @example
 * ```ts
 * ruleModule('accountRoles', { 'account.grantRole': grantRole })
 * ```
 */
export const grantRole: Rule<'account.grantRole'> = (request, context) =>
  decideFor(request, context, (holder) => changeVerdicts(holder, context, request.action.user, request.action.role))

/**
 * `account.revokeRole` (R51, R63, A16): as granting; and the last Platform Administrator of an account
 * keeps the role (`account_roles.last_platform_administrator`), so the account keeps someone who manages
 * Cloud Services and Platform Settings.
 *
 * @example
 * ```ts
 * ruleModule('accountRoles', { 'account.revokeRole': revokeRole })
 * ```
 */
export const revokeRole: Rule<'account.revokeRole'> = (request, context) =>
  decideFor(request, context, (holder) => {
    const { user, role } = request.action
    const last =
      role === platformAdministrator && lastPlatformAdministrator(context.world.account, user)
        ? verdict.cap(0, reason('account_roles.last_platform_administrator', { user }))
        : verdict.skip
    return verdict.concat(changeVerdicts(holder, context, user, role), last)
  })
