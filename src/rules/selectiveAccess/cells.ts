import type { WriteChannel, ReadChannel } from '../../domain/actions/data.js'
import type { ListItemResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import type { ItemId } from '../../domain/ids.js'
import { verdict, type Verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext, RequestOf } from '../../rule/rule.js'
import { onResource } from '../../rule/combinators.js'
import { standingIn } from '../shared/standing.js'
import type { CellDimension, KnownCell } from '../../snapshot/tenant/cell-lookup.js'
import { levelAlong, type ItemRanks } from '../../snapshot/tenant/item-ranks.js'
import type { AccessRank, ListRecord } from '../../snapshot/tenant/types.js'
import { bypassesSelectiveAccess, effectiveLevel, membershipBypasses, ranksOf } from '../shared/selective-access.js'

/** The cap for one item below Write, or undefined when the item is writable. Runs on every cell request. */
const itemCap = (level: AccessRank, list: ListRecord, item: ItemId): Verdict | undefined =>
  level === 2
    ? undefined
    : {
        tag: 'cap',
        level,
        reason:
          level === 0
            ? { code: 'selective_access.item_not_granted', list: list.id, item }
            : { code: 'selective_access.item_read_only', list: list.id, item },
      }

/** The alias on the target side of an import is not limited by selective access (A19, F30). */
const aliasTargetWrite = (actor: Actor, channel: ReadChannel | WriteChannel): boolean =>
  actor.kind === 'internalAlias' && (channel === 'fileImport' || channel === 'modelImport')

/**
 * One cap per selective-access dimension of the cell below Write: the cell level is the minimum over
 * its dimensions (I10), each the maximum over the item and its ancestors (I11): the actor's grants,
 * a few per list, looked up along the item's chain of ancestors, so that nothing is kept per user and
 * item, and a decider serving many users holds only what they hold.
 */
const cellCaps = (at: KnownCell, ranks: ItemRanks): Verdicts => {
  // Arrays of the size needed: one or two caps are the usual case.
  let first: Verdict | undefined
  let caps: Verdict[] | undefined
  const dimensions = at.dimensions
  for (let d = 0; d < dimensions.length; d++) {
    const { list, item, index, chain } = dimensions[d] as CellDimension
    if (!list.selectiveAccess) continue
    const cap = itemCap(levelAlong(ranks, chain, index), list, item)
    if (cap === undefined) continue
    if (first === undefined) first = cap
    else if (caps === undefined) caps = [first, cap]
    else caps.push(cap)
  }
  return caps ?? (first === undefined ? verdict.skip : [first])
}

const cellRule = (actor: Actor | undefined, channel: ReadChannel | WriteChannel, context: RuleContext): Verdicts => {
  const at = context.cell
  if (context.world.tenant === undefined || at?.tag !== 'known' || actor === undefined || at.module.selectiveAccessLists.length === 0) return verdict.skip
  if (aliasTargetWrite(actor, channel)) return verdict.skip
  if (actor.kind !== 'user') return cellCaps(at, ranksOf(context, at.model, actor))
  const standing = standingIn(context, at.model, actor.id)
  return membershipBypasses(context.world, standing) ? verdict.skip : cellCaps(at, standing.ranks)
}

/**
 * Cells: capped by the actor's level on each selective-access dimension (R10, R37, F44, F48).
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'cell.read': readCell })
 * ```
 */
export const readCell: Rule<'cell.read'> = (request, context) => cellRule(request.actor, request.action.channel, context)
/**
 * Cells: as {@link readCell}; the alias's import writes are not limited (A19).
 *
 * @example
 * ```ts
 * ruleModule('sa', { 'cell.write': writeCell })
 * ```
 */
export const writeCell: Rule<'cell.write'> = (request, context) => cellRule(request.actor, request.action.channel, context)

const itemRule = <T extends 'listItem.read' | 'listItem.write'>(request: RequestOf<T>, at: ListItemResource, context: RuleContext): Verdicts => {
  const tenant = context.world.tenant
  const model = tenant?.models.get(at.model)
  const list = model?.lists.get(at.list)
  const index = list?.items.get(at.item)
  const actor = request.actor
  if (tenant === undefined || model === undefined || list === undefined || index === undefined || actor === undefined) return verdict.skip
  if (!list.selectiveAccess || bypassesSelectiveAccess(context.world, tenant, actor, model)) return verdict.skip
  const cap = itemCap(effectiveLevel(model, ranksOf(context, model, actor), list, index), list, at.item)
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
