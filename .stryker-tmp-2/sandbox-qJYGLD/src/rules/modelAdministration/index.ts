// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import { ruleModule, type RuleModule } from '../../rule/rule.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { setAliasAccess } from './alias-access.js'
import { byWorkspaceAdmin } from './admin.js'
import { createRole, deleteRole, setRolePermissions } from './roles.js'

/**
 * Who may import selective access into a list (R33, F46): an enabled workspace administrator of the
 * model's workspace, into a list that has selective access enabled. Everyone else is denied with the
 * reason; unknown models and lists deny with `request.unknown_id`.
 */
const importSelectiveAccess = onResource<'selectiveAccess.import', 'list'>('list', (request, list, { world }): Verdicts =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.models.get(list.model), 'model', list.model, (model) =>
      ifKnown(model.lists.get(list.list), 'list', list.list, (target) => {
        return verdict.concat(
          target.selectiveAccess
            ? verdict.skip
            : verdict.cap(0, reason('model_administration.list_without_selective_access', { model: model.id, list: target.id })),
          byWorkspaceAdmin(tenant, actor, model),
        )
      }),
    ),
  ),
)

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
  'model.createRole': createRole,
  'model.setRolePermissions': setRolePermissions,
  'model.deleteRole': deleteRole,
  'selectiveAccess.setAliasAccess': setAliasAccess,
})
