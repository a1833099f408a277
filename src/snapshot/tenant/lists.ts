import type { ItemId, ListId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { ListInput } from '../input/tenant.js'
import type { ItemRecord, ListRecord } from './types.js'

/**
 * Compiles a model's lists: checks parents (dangling ids, cycles), enables selective access on every
 * ancestor of a list that has it (I12, A29), and gives each item its ancestors, nearest first (F45c).
 */
export const buildLists = (inputs: readonly ListInput[], path: string, problems: Problems): ReadonlyMap<ListId, ListRecord> => {
  const byId = indexById<ListId, ListInput, ListInput>(inputs, path, problems, (list) => list)
  const parentOf = listParents(byId, path, inputs, problems)
  const enabled = cascadeSelectiveAccess(byId, parentOf)
  const itemIndexes = new Map<ListId, ReadonlyMap<ItemId, ItemId | undefined>>()
  inputs.forEach((list, index) => {
    if (byId.get(list.id as ListId) !== list) return
    itemIndexes.set(list.id as ListId, itemParents(list, `${path}[${index}]`, parentOf.get(list.id as ListId), byId, problems))
  })
  const lists = new Map<ListId, ListRecord>()
  for (const [listId, list] of byId) {
    const parent = parentOf.get(listId)
    const items = new Map<ItemId, ItemRecord>()
    // Items with the same parent share one (frozen) ancestors array: 1M cost centres under 200 countries hold 200 arrays.
    const shared = new Map<ItemId | undefined, readonly ItemId[]>()
    for (const [itemId, itemParent] of itemIndexes.get(listId) ?? new Map<ItemId, ItemId | undefined>()) {
      let ancestors = shared.get(itemParent)
      if (ancestors === undefined) {
        ancestors = ancestorsOf(itemParent, parent, parentOf, itemIndexes)
        shared.set(itemParent, ancestors)
      }
      items.set(itemId, { id: itemId, parent: itemParent, ancestors })
    }
    lists.set(listId, {
      id: listId,
      parent,
      selectiveAccess: enabled.has(listId),
      selectiveAccessByCascade: enabled.has(listId) && list.selectiveAccess !== true,
      items,
    })
  }
  return lists
}

/** Resolved list parents; a dangling parent or one on a cycle is reported and dropped. */
const listParents = (
  byId: ReadonlyMap<ListId, ListInput>,
  path: string,
  inputs: readonly ListInput[],
  problems: Problems,
): ReadonlyMap<ListId, ListId> => {
  const parentOf = new Map<ListId, ListId>()
  inputs.forEach((list, index) => {
    if (list.parent === undefined || byId.get(list.id as ListId) !== list) return
    if (checkRef(byId, list.parent, `${path}[${index}].parent`, 'list', problems)) parentOf.set(list.id as ListId, list.parent as ListId)
  })
  inputs.forEach((list, index) => {
    const start = list.id as ListId
    if (byId.get(start) !== list || !onCycle(start, parentOf)) return
    problems.report('cycle', `${path}[${index}].parent`, `list '${list.id}' is its own ancestor`)
  })
  for (const listId of [...parentOf.keys()]) if (onCycle(listId, parentOf)) parentOf.delete(listId)
  return parentOf
}

const onCycle = (start: ListId, parentOf: ReadonlyMap<ListId, ListId>): boolean => {
  const seen = new Set<ListId>()
  for (let at = parentOf.get(start); at !== undefined; at = parentOf.get(at)) {
    if (at === start) return true
    if (seen.has(at)) return false
    seen.add(at)
  }
  return false
}

const cascadeSelectiveAccess = (
  byId: ReadonlyMap<ListId, ListInput>,
  parentOf: ReadonlyMap<ListId, ListId>,
): ReadonlySet<ListId> => {
  const enabled = new Set<ListId>()
  for (const [listId, list] of byId) {
    if (list.selectiveAccess !== true) continue
    for (let at: ListId | undefined = listId; at !== undefined && !enabled.has(at); at = parentOf.get(at)) enabled.add(at)
  }
  return enabled
}

/** Item id → parent item id, checking that each parent is an item of the parent list. */
const itemParents = (
  list: ListInput,
  path: string,
  parentList: ListId | undefined,
  byId: ReadonlyMap<ListId, ListInput>,
  problems: Problems,
): ReadonlyMap<ItemId, ItemId | undefined> => {
  const parentItems = new Set((parentList === undefined ? undefined : byId.get(parentList))?.items?.map((item) => item.id))
  return indexById<ItemId, NonNullable<ListInput['items']>[number], ItemId | undefined>(
    list.items ?? [],
    `${path}.items`,
    problems,
    (item, index) => {
      if (item.parent === undefined) return undefined
      if (parentList === undefined) {
        problems.report('invalid_value', `${path}.items[${index}].parent`, `list '${list.id}' has no parent list`)
        return undefined
      }
      return parentItems.has(item.parent) || dangling(item.parent, `${path}.items[${index}].parent`, `item of list '${parentList}'`, problems)
        ? (item.parent as ItemId)
        : undefined
    },
  )
}

const ancestorsOf = (
  first: ItemId | undefined,
  firstList: ListId | undefined,
  parentOf: ReadonlyMap<ListId, ListId>,
  itemIndexes: ReadonlyMap<ListId, ReadonlyMap<ItemId, ItemId | undefined>>,
): readonly ItemId[] => {
  const ancestors: ItemId[] = []
  let item = first
  let list = firstList
  while (item !== undefined && list !== undefined) {
    ancestors.push(item)
    item = itemIndexes.get(list)?.get(item)
    list = parentOf.get(list)
  }
  return ancestors
}
