import type { ItemId, ListId } from '../../domain/ids.js'
import { lock } from '../../internal/deep-freeze.js'
import { problems as collect, type Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { ListInput } from '../input/tenant.js'
import type { ItemRecord, ListRecord } from './types.js'

/**
 * Compiles a model's lists: checks parents (dangling ids, cycles), enables selective access on every
 * ancestor of a list that has it (I12, A29), and gives each item its ancestors, nearest first (F45c).
 * Lists are indexed parents first, so that an item's ancestors are its parent's, one longer; each list's
 * errors are still reported in input order.
 */
export const buildLists = (inputs: readonly ListInput[], path: string, problems: Problems): ReadonlyMap<ListId, ListRecord> => {
  const byId = indexById<ListId, ListInput, ListInput>(inputs, path, problems, (list) => list)
  const parentOf = listParents(byId, path, inputs, problems)
  const enabled = cascadeSelectiveAccess(byId, parentOf)
  const listPaths = new Map<ListId, string>()
  inputs.forEach((list, index) => {
    if (byId.get(list.id as ListId) === list) listPaths.set(list.id as ListId, `${path}[${index}]`)
  })
  const found = new Map<ListId, Problems>()
  const items = new Map<ListId, ReadonlyMap<ItemId, ItemRecord>>()
  const itemsOf = (listId: ListId): ReadonlyMap<ItemId, ItemRecord> => {
    const done = items.get(listId)
    if (done !== undefined) return done
    const parent = parentOf.get(listId)
    const listProblems = collect()
    const built = buildItems(byId.get(listId), parent, parent === undefined ? undefined : itemsOf(parent), listPaths.get(listId) ?? path, listProblems)
    found.set(listId, listProblems)
    items.set(listId, built)
    return built
  }
  for (const listId of byId.keys()) itemsOf(listId)
  for (const listId of listPaths.keys()) for (const e of found.get(listId)?.list() ?? []) problems.report(e.code, e.path, e.message)
  const lists = new Map<ListId, ListRecord>()
  for (const [listId, list] of byId)
    lists.set(
      listId,
      Object.freeze({
        id: listId,
        parent: parentOf.get(listId),
        selectiveAccess: enabled.has(listId),
        selectiveAccessByCascade: enabled.has(listId) && list.selectiveAccess !== true,
        items: items.get(listId) ?? lock(new Map<ItemId, ItemRecord>()),
      }),
    )
  return lock(lists)
}

/** No ancestors: one frozen array shared by every item without a parent. */
const noAncestors: readonly ItemId[] = Object.freeze([])

/**
 * A list's items, frozen, each with its ancestors: its parent's ancestors one longer. Items with the
 * same parent share one (frozen) ancestors array: 1M cost centres under 200 countries hold 200 arrays.
 */
const buildItems = (
  list: ListInput | undefined,
  parentList: ListId | undefined,
  parentItems: ReadonlyMap<ItemId, ItemRecord> | undefined,
  path: string,
  problems: Problems,
): ReadonlyMap<ItemId, ItemRecord> => {
  const items = new Map<ItemId, ItemRecord>()
  const shared = new Map<ItemId, readonly ItemId[]>()
  const inputs = list?.items ?? []
  for (let index = 0; index < inputs.length; index++) {
    const item = inputs[index]
    if (item === undefined) continue
    const itemId = item.id as ItemId
    if (items.has(itemId)) {
      problems.report('duplicate_id', `${path}.items[${index}].id`, `duplicate id '${item.id}'`)
      continue
    }
    const parent = itemParent(item, index, list?.id ?? '', parentList, parentItems, path, problems)
    items.set(itemId, Object.freeze({ id: itemId, index: items.size, parent: parent?.id, ancestors: parent === undefined ? noAncestors : ancestorsUnder(parent, shared) }))
  }
  return lock(items)
}

/** The ancestors of an item under `parent`: one frozen array per parent, shared by its children. */
const ancestorsUnder = (parent: ItemRecord, shared: Map<ItemId, readonly ItemId[]>): readonly ItemId[] => {
  const known = shared.get(parent.id)
  if (known !== undefined) return known
  const ancestors = Object.freeze([parent.id, ...parent.ancestors])
  shared.set(parent.id, ancestors)
  return ancestors
}

/** The item's parent, an item of the parent list; undefined after reporting what is wrong. */
const itemParent = (
  item: NonNullable<ListInput['items']>[number],
  index: number,
  listId: string,
  parentList: ListId | undefined,
  parentItems: ReadonlyMap<ItemId, ItemRecord> | undefined,
  path: string,
  problems: Problems,
): ItemRecord | undefined => {
  if (item.parent === undefined) return undefined
  if (parentList === undefined || parentItems === undefined) {
    problems.report('invalid_value', `${path}.items[${index}].parent`, `list '${listId}' has no parent list`)
    return undefined
  }
  const parent = parentItems.get(item.parent as ItemId)
  if (parent === undefined) dangling(item.parent, `${path}.items[${index}].parent`, `item of list '${parentList}'`, problems)
  return parent
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
