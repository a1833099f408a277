// @ts-nocheck
import type { AccountOperation } from '../../domain/actions/account.js'
import type { Request } from '../../domain/request.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { RuleContext } from '../../rule/rule.js'
import type { Settings } from '../../snapshot/settings.js'
import { holderOf, type Holder } from './holder.js'
import { additionalRights, baseRights, reads, settingRights } from './rights.js'

/**
 * The Read-Only cap (F65, A14, I41): a session whose base role is Read Only may only read.
 *
 * @example
 * ```ts
 * readOnlyCap(holder, 'changeRoles', false) // cap(0, account_roles.read_only) for a Read Only session
 * ```
 */
export const readOnlyCap = (holder: Holder, operation: string, reads: boolean): Verdicts =>
  holder.baseRole === 'readOnly' && !reads ? verdict.cap(0, reason('account_roles.read_only', { operation })) : verdict.skip

/**
 * Decides a request for the account user behind it: their gates (locked, workspace, session), then
 * what `decideHolder` says of their roles; a subject who is no account user is denied.
 *
 * @example
 * ```ts
 * decideFor(request, context, (holder) => operationVerdicts(holder, 'viewData', context.world.settings))
 * ```
 */
export const decideFor = (request: Request, context: RuleContext, decideHolder: (holder: Holder) => Verdicts): Verdicts => {
  const holder = holderOf(request, context.world)
  return 'user' in holder ? verdict.concat(holder.gates, decideHolder(holder)) : holder
}

/**
 * An operation's verdicts for a holder: the base role's rights and every active additional role's
 * (R51–R63, R57, A13, A35, A36), under the Read-Only cap.
 *
 * @example
 * ```ts
 * operationVerdicts(holder, 'changeRoles', settings) // a grant from Administrator or Platform Administrator
 * ```
 */
export const operationVerdicts = (holder: Holder, operation: AccountOperation, settings: Settings): Verdicts => {
  const base = holder.baseRole
  const fromBase =
    base !== undefined && (baseRights(base).includes(operation) || (settings.administratorManagesWorkspaces && settingRights(base).includes(operation)))
      ? verdict.grant(1, reason('account_roles.base_role', { role: base }))
      : verdict.skip
  const fromAdditional = holder.additionalRoles
    .filter((role) => additionalRights(role).includes(operation))
    .map((role) => verdict.grant(1, reason('account_roles.additional_role', { role })))
  return verdict.concat(fromBase, ...fromAdditional, readOnlyCap(holder, operation, reads(operation)))
}
