import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { ruleModule, type RuleModule } from '../../rule/rule.js'
import { onResource } from '../../rule/combinators.js'
import { isWorkspaceAdmin, modelOf, tenantOf, unknownId, userOf } from '../shared/lookups.js'

/**
 * Who may import selective access into a list (R33, F46): a workspace administrator of the model's
 * workspace, into a list that has selective access enabled. Everyone else is denied with the reason.
 */
const importSelectiveAccess = onResource<'selectiveAccess.import', 'list'>('list', (request, list, { world }): Verdicts => {
  const tenant = tenantOf(world)
  if (tenant === undefined) return unknownId('tenant', 'tenant')
  const model = modelOf(tenant, list.model)
  if (model === undefined) return unknownId('model', list.model)
  const target = model.lists.get(list.list)
  if (target === undefined) return unknownId('list', list.list)
  const actor = request.subject
  if (actor.kind !== 'user')
    return verdict.cap(0, reason('request.subject_not_supported', { subject: actor.kind, action: request.action.type }))
  if (userOf(tenant, actor.id) === undefined) return unknownId('user', actor.id)
  const gate = target.selectiveAccess
    ? verdict.skip
    : verdict.cap(0, reason('model_administration.list_without_selective_access', { model: model.id, list: target.id }))
  const who = { user: actor.id, workspace: model.workspace }
  return verdict.concat(
    gate,
    isWorkspaceAdmin(tenant, actor.id, model.workspace)
      ? verdict.grant(1, reason('model_administration.workspace_admin', who))
      : verdict.cap(0, reason('model_administration.not_workspace_admin', who)),
  )
})

/**
 * The modelAdministration module: administrative acts inside a model that commands need, decided by
 * who holds the workspace administrator role (R33).
 *
 * @example
 * ```ts
 * import { modules, policy } from 'accessgrid'
 * const p = policy([modules.modelAdministration])
 * ```
 */
export const modelAdministration: RuleModule = ruleModule('modelAdministration', {
  'selectiveAccess.import': importSelectiveAccess,
})
