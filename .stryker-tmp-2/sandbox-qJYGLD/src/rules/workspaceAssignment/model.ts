// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule } from '../../rule/rule.js'
import { withModelMember, type MemberContext } from './member-gate.js'

const adminGrant = ({ model, user }: MemberContext): Verdicts =>
  verdict.grant(1, reason('workspace.admin', { user: user.id, workspace: model.workspace }))

/**
 * `model.open`: a workspace administrator of the model's workspace may open it (F35, F71); others are only gated.
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'model.open': openModel })
 * ```
 */
export const openModel: Rule<'model.open'> = (request, context) =>
  withModelMember(request, context, (member) => (member.membership.admin ? adminGrant(member) : verdict.skip), () => verdict.skip)

/**
 * `model.manage`: granted iff the actor is a workspace administrator of the model's workspace, whatever
 * their model role (F35, I14, A28). The Internal alias is no workspace administrator.
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'model.manage': manageModel })
 * ```
 */
export const manageModel: Rule<'model.manage'> = (request, context) => {
  const required = (workspace: string): Verdicts =>
    verdict.cap(0, reason('workspace.admin_required', { action: request.action.type, workspace }))
  return withModelMember(
    request,
    context,
    (member) => (member.membership.admin ? adminGrant(member) : required(member.model.workspace)),
    (model) => required(model.workspace),
  )
}
