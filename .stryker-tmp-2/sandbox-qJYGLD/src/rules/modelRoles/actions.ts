// @ts-nocheck
import type { Actor } from '../../domain/subject.js'
import type { ModelActionResource } from '../../domain/resource.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule } from '../../rule/rule.js'
import { onResource } from '../../rule/combinators.js'
import type { ModelActionRecord, ModelRecord, RoleRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { actorIsWorkspaceAdmin } from '../shared/actor.js'
import { unknownId } from '../shared/lookups.js'
import { notSupported, roleLayer } from './standing.js'

const allowed = 1

/** Order List and Update Current Period: workspace administrators only, whatever their role (F40, I14, A28). */
const workspaceAdminOnly = (tenant: TenantSnapshot, model: ModelRecord, actor: Actor, action: ModelActionRecord): Verdicts => {
  const params = { action: action.id, kind: action.kind }
  return actorIsWorkspaceAdmin(tenant, actor, model)
    ? verdict.grant(allowed, reason('model_roles.workspace_admin_action', params))
    : verdict.cap(0, reason('model_roles.workspace_admin_only', params))
}

/** Who may run an import or export besides the role: everyone, its creator, or workspace administrators (F56). */
const visibility = (tenant: TenantSnapshot, model: ModelRecord, actor: Actor, action: ModelActionRecord): Verdicts => {
  switch (action.visibility) {
    case 'everyone':
      return verdict.skip
    case 'private':
      return actor.kind === 'user' && actor.id === action.createdBy
        ? verdict.skip
        : verdict.cap(0, reason('model_roles.action_private', { action: action.id, creator: action.createdBy ?? '' }))
    case 'workspaceAdmins':
      return actorIsWorkspaceAdmin(tenant, actor, model)
        ? verdict.skip
        : verdict.cap(0, reason('model_roles.action_workspace_admins_only', { action: action.id }))
  }
}

const actionPermission = (role: RoleRecord, action: ModelActionRecord): Verdicts =>
  role.actions.has(action.id)
    ? verdict.grant(allowed, reason('model_roles.action_permission', { role: role.id, action: action.id }))
    : verdict.cap(0, reason('model_roles.action_not_permitted', { role: role.id, action: action.id }))

/**
 * Running a model action (F40, F56): its visibility, then the role's action permission; Order List and
 * Update Current Period go by workspace administration alone (A28).
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'modelAction.run': runModelAction })
 * ```
 */
export const runModelAction: Rule<'modelAction.run'> = onResource('modelAction', (request, at: ModelActionResource, context) => {
  const tenant = context.world.tenant
  const model = tenant?.models.get(at.model)
  if (tenant === undefined || model === undefined) return unknownId('model', at.model)
  const action = model.actions.get(at.action)
  if (action === undefined) return unknownId('modelAction', at.action)
  const actor = request.actor
  if (actor === undefined) return notSupported(request)
  switch (action.kind) {
    case 'orderList':
    case 'updateCurrentPeriod':
      return workspaceAdminOnly(tenant, model, actor, action)
    case 'import':
    case 'export':
    case 'process':
      return verdict.concat(visibility(tenant, model, actor, action), roleLayer(context, model, actor, allowed, action, actionPermission))
  }
})
