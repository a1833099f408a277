// @ts-nocheck
import type { ListId } from '../../domain/ids.js'
import type { Actor } from '../../domain/subject.js'
import type { Verdict, Verdicts } from '../../decision/verdict.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { ModelActionRecord, ModelRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { itemsAtLeast } from '../shared/selective-access.js'

/** The model and selective-access lists of an import's target module or list; none for a file. */
const targetOf = (tenant: TenantSnapshot, action: ModelActionRecord): { readonly model: ModelRecord; readonly lists: readonly ListId[] } | undefined => {
  const target = action.kind === 'import' ? action.target : undefined
  if (target === undefined || target.kind === 'file') return undefined
  const model = tenant.models.get(target.model)
  if (model === undefined) return undefined
  return { model, lists: target.kind === 'module' ? (model.modules.get(target.module)?.selectiveAccessLists ?? []) : [target.list] }
}

/**
 * The write side of an import (R10, A40's twin): for each selective-access list of its target that the
 * actor cannot write whole, a `selective_access.import_skip` warning with how many items it skips.
 * Never a deny. The alias writes an import's target unlimited (A19, F30), and a workspace
 * administrator bypasses selective access (A2), so neither skips.
 *
 * @example
 * ```ts
 * importSkips(world, tenant, subject.user(id.user('rita')), importAction) // [] when every target item is writable
 * ```
 */
export const importSkips = (world: Snapshot, tenant: TenantSnapshot, actor: Actor, action: ModelActionRecord): Verdicts => {
  const target = targetOf(tenant, action)
  if (target === undefined || actor.kind === 'internalAlias') return []
  const said: Verdict[] = []
  for (const listId of target.lists) {
    const list = target.model.lists.get(listId)
    if (list === undefined || !list.selectiveAccess || list.items.size === 0) continue
    const skipped = list.items.size - itemsAtLeast(world, tenant, target.model, actor, list, 2)
    if (skipped > 0)
      said.push({ tag: 'warn', reason: { code: 'selective_access.import_skip', action: action.id, model: target.model.id, list: list.id, skipped, items: list.items.size }, ifAllowed: true })
  }
  return said
}
