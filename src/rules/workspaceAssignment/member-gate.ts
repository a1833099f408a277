import type { ModelId } from '../../domain/ids.js'
import type { Request } from '../../domain/request.js'
import type { Resource } from '../../domain/resource.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { RuleContext } from '../../rule/rule.js'
import type { Membership, ModelRecord, UserRecord } from '../../snapshot/tenant/types.js'
import { unknownId } from '../shared/lookups.js'
import { standingIn } from '../shared/standing.js'

/** The model a model-scoped resource belongs to (a model, or a list, list item, cell or model action of one); undefined for any other resource. */
const modelIdOf = (resource: Resource): ModelId | undefined => (resource.kind === 'model' ? resource.id : 'model' in resource ? resource.model : undefined)

/**
 * What a member-only rule works with: the model, the acting user and their membership of its workspace.
 *
 * @example
 * ```ts
 * withModelMember(request, context, ({ membership }) => (membership.admin ? verdict.skip : verdict.skip), () => verdict.skip)
 * ```
 */
export interface MemberContext {
  readonly model: ModelRecord
  readonly user: UserRecord
  readonly membership: Membership
}

/**
 * The membership gate of every model-scoped act (F70, R4, R5, I16): a user who is not a member of the
 * model's workspace is capped to none; otherwise `then` runs (without it, members pass with nothing to
 * say). An unknown model or user denies with `request.unknown_id`. The Internal (Full Access) alias is
 * not a workspace member, so the gate leaves it to the data modules (`alias`, by default nothing to
 * say); any other non-user actor is not supported.
 *
 * @example
 * ```ts
 * const rule = (request, context) => withModelMember(request, context, () => verdict.skip, () => verdict.skip)
 * ```
 */
export const withModelMember = (
  request: Request,
  context: RuleContext,
  then?: (member: MemberContext) => Verdicts,
  alias?: (model: ModelRecord) => Verdicts,
): Verdicts => {
  const tenant = context.world.tenant
  const modelId = modelIdOf(request.resource)
  if (tenant === undefined) return unknownId('tenant', 'tenant')
  if (modelId === undefined) return verdict.skip
  const model = context.cell === undefined ? tenant.models.get(modelId) : context.cell.model
  if (model === undefined) return unknownId('model', modelId)
  const actor = request.actor
  if (actor?.kind === 'internalAlias') return alias === undefined ? verdict.skip : alias(model)
  if (actor === undefined)
    return verdict.cap(0, reason('request.subject_not_supported', { subject: request.subject.kind, action: request.action.type }))
  const { user, membership } = standingIn(context, model, actor.id)
  if (user === undefined) return unknownId('user', actor.id)
  return membership === undefined
    ? verdict.cap(0, reason('workspace.not_member', { user: user.id, workspace: model.workspace }))
    : then === undefined
      ? verdict.skip
      : then({ model, user, membership })
}

/**
 * The plain gate: members pass with nothing to say, non-members are capped to none.
 *
 * @example
 * ```ts
 * ruleModule('workspaceAssignment', { 'cell.read': membershipGate })
 * ```
 */
export const membershipGate = (request: Request, context: RuleContext): Verdicts => withModelMember(request, context)
