import type { WriteChannel, ReadChannel } from '../../domain/actions/data.js'
import type { CellResource, ListItemResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext, RequestOf } from '../../rule/rule.js'
import { onResource } from '../../rule/combinators.js'
import type { AccessRank, ItemRecord, ListRecord, ModelRecord, SelectiveAccessGrants } from '../../snapshot/tenant/types.js'
import { cellItem, knownCellModule } from '../shared/cell.js'
import { bypassesSelectiveAccess, effectiveLevel, selectiveAccessGrants } from '../shared/selective-access.js'

/** The cap for one item below Write, or undefined when the item is writable. */
const itemCap = (level: AccessRank, list: ListRecord, item: ItemRecord): Verdict | undefined =>
  level === 2
    ? undefined
    : {
        tag: 'cap',
        level,
        reason: reason(level === 0 ? 'selective_access.item_not_granted' : 'selective_access.item_read_only', { list: list.id, item: item.id }),
      }

/** The alias on the target side of an import is not limited by selective access (A19, F30). */
const aliasTargetWrite = (actor: Actor, channel: ReadChannel | WriteChannel): boolean =>
  actor.kind === 'internalAlias' && (channel === 'fileImport' || channel === 'modelImport')

/**
 * One cap per selective-access dimension of the cell's module below Write: the cell level is the
 * minimum over its dimensions (I10), each the maximum over the item and its ancestors (I11).
 */
const cellCaps = (model: ModelRecord, grants: SelectiveAccessGrants | undefined, lists: readonly ListRecord['id'][], cell: CellResource): Verdicts => {
  let caps: Verdict[] | undefined
  for (const listId of lists) {
    const list = model.lists.get(listId)
    const itemId = cellItem(cell, listId)
    const item = itemId === undefined ? undefined : list?.items.get(itemId)
    if (list === undefined || item === undefined) continue
    const cap = itemCap(effectiveLevel(model, grants, list, item), list, item)
    if (cap !== undefined) (caps ??= []).push(cap)
  }
  return caps ?? verdict.skip
}

const cellRule = (actor: Actor | undefined, channel: ReadChannel | WriteChannel, cell: CellResource, context: RuleContext): Verdicts => {
  const tenant = context.world.tenant
  const model = tenant?.models.get(cell.model)
  if (tenant === undefined || model === undefined || actor === undefined) return verdict.skip
  const lists = model.modules.get(cell.module)?.selectiveAccessLists
  if (lists === undefined || lists.length === 0) return verdict.skip
  if (aliasTargetWrite(actor, channel) || bypassesSelectiveAccess(context.world, tenant, actor, model)) return verdict.skip
  if (knownCellModule(model, cell) === undefined) return verdict.skip
  return cellCaps(model, selectiveAccessGrants(model, actor), lists, cell)
}

/**
 * Cells: capped by the actor's level on each selective-access dimension (R10, R37, F44, F48).
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'cell.read': readCell })
 * ```
 */
export const readCell: Rule<'cell.read'> = onResource('cell', (request, cell, context) =>
  cellRule(request.actor, request.action.channel, cell, context),
)
/**
 * Cells: as {@link readCell}; the alias's import writes are not limited (A19).
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'cell.write': writeCell })
 * ```
 */
export const writeCell: Rule<'cell.write'> = onResource('cell', (request, cell, context) =>
  cellRule(request.actor, request.action.channel, cell, context),
)

const itemRule = <T extends 'listItem.read' | 'listItem.write'>(request: RequestOf<T>, at: ListItemResource, context: RuleContext): Verdicts => {
  const tenant = context.world.tenant
  const model = tenant?.models.get(at.model)
  const list = model?.lists.get(at.list)
  const item = list?.items.get(at.item)
  const actor = request.actor
  if (tenant === undefined || model === undefined || list === undefined || item === undefined || actor === undefined) return verdict.skip
  if (!list.selectiveAccess || bypassesSelectiveAccess(context.world, tenant, actor, model)) return verdict.skip
  const cap = itemCap(effectiveLevel(model, selectiveAccessGrants(model, actor), list, item), list, item)
  return cap === undefined ? verdict.skip : [cap]
}

/**
 * List items: the item's selective-access level (F42, F43).
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'listItem.read': readListItem })
 * ```
 */
export const readListItem: Rule<'listItem.read'> = onResource('listItem', itemRule)
/**
 * List items: as {@link readListItem}.
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'listItem.write': writeListItem })
 * ```
 */
export const writeListItem: Rule<'listItem.write'> = onResource('listItem', itemRule)
