// @ts-nocheck
import type { ModelActionResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdict, type Verdicts } from '../../decision/verdict.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { ListId } from '../../domain/ids.js'
import type { Endpoint, ModelActionRecord, ModelRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import type { Rule } from '../../rule/rule.js'
import { onResource } from '../../rule/combinators.js'
import { readableItemCount } from '../shared/selective-access.js'
import { importSkips } from './imports.js'

/** The model and list of a module or list endpoint (A40: the lists whose items shape the data). */
const sourceLists = (model: ModelRecord, source: Exclude<Endpoint, { readonly kind: 'file' }>): readonly ListId[] =>
  source.kind === 'module' ? (model.modules.get(source.module)?.selectiveAccessLists ?? []) : [source.list]

/** The source of an export, or of an import from a module or list of a model. */
const sourceOf = (action: ModelActionRecord): Endpoint | undefined => {
  switch (action.kind) {
    case 'export':
    case 'import':
      return action.source
    case 'process':
    case 'orderList':
    case 'updateCurrentPeriod':
      return undefined
  }
}

const warnings = (world: Snapshot, tenant: TenantSnapshot, actor: Actor, action: ModelActionRecord): Verdicts => {
  const source = sourceOf(action)
  if (source === undefined || source.kind === 'file') return verdict.skip
  const model = tenant.models.get(source.model)
  if (model === undefined) return verdict.skip
  const said: Verdict[] = []
  for (const listId of sourceLists(model, source)) {
    const list = model.lists.get(listId)
    if (list === undefined || !list.selectiveAccess || list.items.size === 0) continue
    const readable = readableItemCount(world, tenant, model, actor, list)
    const params = { action: action.id, model: model.id, list: list.id }
    if (readable === 0) said.push(...verdict.warnIfAllowed(reason('selective_access.export_empty', params)))
    else if (readable < list.items.size) said.push(...verdict.warnIfAllowed(reason('selective_access.export_partial', params)))
  }
  return said
}

/**
 * Export and import warnings (R16, F27, A25, A40, I30): for each selective-access list of the source,
 * an empty or partial warning when the actor cannot read all its items, and for each of an import's
 * target, how many items its rows will skip (R10). Never a deny; a workspace
 * administrator's own run bypasses selective access (A2), the alias's never does.
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'modelAction.run': runModelAction })
 * ```
 */
export const runModelAction: Rule<'modelAction.run'> = onResource('modelAction', (request, at: ModelActionResource, context) => {
  const tenant = context.world.tenant
  const action = tenant?.models.get(at.model)?.actions.get(at.action)
  const actor = request.actor
  if (tenant === undefined || action === undefined || actor === undefined) return verdict.skip
  const skips = importSkips(context.world, tenant, actor, action)
  return skips.length === 0 ? warnings(context.world, tenant, actor, action) : verdict.concat(warnings(context.world, tenant, actor, action), skips)
})
