// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { ModelRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { byWorkspaceAdmin } from './admin.js'

/**
 * Whether the Internal (Full Access) alias exists in a model (F29): it has an alias entry, or an
 * integration of the tenant has a step in it.
 *
 * @example
 * ```ts
 * aliasExistsIn(tenant, model) // false for a model no integration touches and without an alias entry
 * ```
 */
export const aliasExistsIn = (tenant: TenantSnapshot, model: ModelRecord): boolean => {
  if (model.internalAlias !== undefined) return true
  for (const integration of tenant.integrations.values()) if (integration.steps.some((step) => step.model === model.id)) return true
  return false
}

/**
 * `selectiveAccess.setAliasAccess` (F29, R33, seed 002): a WSA of the model's workspace grants or
 * revokes the alias's selective access on an item of a list with selective access enabled, in a model
 * the alias exists in.
 *
 * @example
 * ```ts
 * ruleModule('modelAdministration', { 'selectiveAccess.setAliasAccess': setAliasAccess })
 * ```
 */
export const setAliasAccess: Rule<'selectiveAccess.setAliasAccess'> = onResource<'selectiveAccess.setAliasAccess', 'list'>('list', (request, list, { world }): Verdicts =>
  withActingUser(request, world, (tenant, actor) =>
    ifKnown(tenant.models.get(list.model), 'model', list.model, (model) =>
      ifKnown(model.lists.get(list.list), 'list', list.list, (target) =>
        ifKnown(target.items.has(request.action.item) ? target : undefined, 'item', request.action.item, () =>
          verdict.concat(
            target.selectiveAccess
              ? verdict.skip
              : verdict.cap(0, reason('model_administration.list_without_selective_access', { model: model.id, list: target.id })),
            aliasExistsIn(tenant, model) ? verdict.skip : verdict.cap(0, reason('model_administration.no_internal_alias', { model: model.id })),
            byWorkspaceAdmin(tenant, actor, model),
          ),
        ),
      ),
    ),
  ),
)
