// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict } from '../../decision/verdict.js'
import { ruleModule, type Rule } from '../../rule/rule.js'
import { decideFor, operationVerdicts, readOnlyCap } from './operation.js'
import { authorRoleOf } from './rights.js'
import { grantRole, revokeRole } from './role-changes.js'

/** `account.operate`: the base role's rights and every active additional role's (R51–R63, R57, A13, A35, A36). */
const operate: Rule<'account.operate'> = (request, context) =>
  decideFor(request, context, (holder) => operationVerdicts(holder, request.action.operation, context.world.settings))

/**
 * `account.author`: only the matching author role, active in this session, authors (R54, R59–R61, I39,
 * A35); the Platform Administrator too when `platformAdministratorAuthors` is on (A15).
 */
const author: Rule<'account.author'> = (request, context) =>
  decideFor(request, context, (holder) => {
    const { artifact, operation } = request.action
    const needed = authorRoleOf(artifact)
    if (needed === undefined) return verdict.cap(0, reason('request.invalid', { path: 'action.artifact', message: `unknown artifact '${artifact}'` }))
    const platformAuthors = context.world.settings.platformAdministratorAuthors
    const granting = holder.additionalRoles.filter((role) => role === needed || (platformAuthors && role === 'platformAdministrator'))
    const grants = granting.map((role) => verdict.grant(1, reason('account_roles.additional_role', { role })))
    const missing = grants.length === 0 ? verdict.cap(0, reason('account_roles.author_role_required', { artifact, role: needed })) : verdict.skip
    return verdict.concat(...grants, missing, readOnlyCap(holder, `${operation} ${artifact}`, false))
  })

/**
 * Account roles of an integration marketplace (seed 004): base roles, additional roles that only add,
 * the Read-Only cap, fresh sessions for new grants, locked accounts and workspace membership.
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const accountOnly = policy([modules.accountRoles])
 * ```
 */
export const accountRoles = ruleModule('accountRoles', {
  'account.operate': operate,
  'account.author': author,
  'account.grantRole': grantRole,
  'account.revokeRole': revokeRole,
})
