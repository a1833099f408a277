// @ts-nocheck
import type { ItemId, ListId } from '../../domain/ids.js'
import { lock } from '../../internal/deep-freeze.js'
import { problems as collect, type Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { ListInput } from '../input/tenant.js'
import type { ListRecord } from './types.js'

/**
 * Compiles a model's lists: checks parents (dangling ids, cycles), enables selective access on every
 * ancestor of a list that has it (I12, A29), and numbers each list's items, linking each to its parent's
 * number in the parent list (F45c). Lists are indexed parents first, so that a parent's items are
 * numbered before its children's; each list's errors are still reported in input order.
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
  const items = new Map<ListId, Items>()
  const build = (listId: ListId): void => {
    const parent = parentOf.get(listId)
    const listProblems = collect()
    const parentItems = parent === undefined ? undefined : items.get(parent)?.items
    items.set(listId, buildItems(byId.get(listId), parent, parentItems, listPaths.get(listId) ?? path, listProblems))
    found.set(listId, listProblems)
  }
  // Parents first, without recursion: the chain of ancestors not yet built, then built from the top.
  for (const listId of byId.keys()) {
    const chain: ListId[] = []
    for (let at: ListId | undefined = listId; at !== undefined && !items.has(at); at = parentOf.get(at)) chain.push(at)
    for (let c = chain.length - 1; c >= 0; c--) build(chain[c] as ListId)
  }
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
        ...(items.get(listId) ?? noItems),
      }),
    )
  return lock(lists)
}

/** A list's items: each one's index, the ids by index, and each one's parent index (-1 for none). */
type Items = Pick<ListRecord, 'items' | 'ids' | 'parents'>

const noItems: Items = Object.freeze({ items: lock(new Map<ItemId, number>()), ids: Object.freeze([]), parents: Object.freeze([]) })

/** A list's items, numbered in input order (duplicates are reported and skipped), frozen. */
const buildItems = (
  list: ListInput | undefined,
  parentList: ListId | undefined,
  parentItems: ReadonlyMap<ItemId, number> | undefined,
  path: string,
  problems: Problems,
): Items => {
  const inputs = list?.items ?? []
  const unique = numberedIfUnique(inputs)
  const items = unique ?? new Map<ItemId, number>()
  const ids: ItemId[] = []
  const parents: number[] = []
  for (let index = 0; index < inputs.length; index++) {
    const item = inputs[index]
    if (item === undefined) continue
    const itemId = item.id as ItemId
    if (unique === undefined) {
      if (items.has(itemId)) {
        problems.report('duplicate_id', `${path}.items[${index}].id`, `duplicate id '${item.id}'`)
        continue
      }
      items.set(itemId, ids.length)
    }
    ids.push(itemId)
    parents.push(itemParent(item, index, list?.id ?? '', parentList, parentItems, path, problems))
  }
  return { items: lock(items), ids: Object.freeze(ids), parents: Object.freeze(parents) }
}

/**
 * The items numbered in input order, one Map lookup each, or undefined when an id repeats (the
 * careful walk then reports it): the common case, without asking the Map first whether it holds an id.
 */
const numberedIfUnique = (inputs: readonly { readonly id: string }[]): Map<ItemId, number> | undefined => {
  const items = new Map<ItemId, number>()
  for (let index = 0; index < inputs.length; index++) {
    const item = inputs[index]
    if (item === undefined) continue
    const before = items.size
    items.set(item.id as ItemId, before)
    if (items.size === before) return undefined
  }
  return items
}

/** The index of the item's parent in the parent list; -1 when it has none, or after reporting what is wrong. */
const itemParent = (
  item: NonNullable<ListInput['items']>[number],
  index: number,
  listId: string,
  parentList: ListId | undefined,
  parentItems: ReadonlyMap<ItemId, number> | undefined,
  path: string,
  problems: Problems,
): number => {
  if (item.parent === undefined) return -1
  if (parentList === undefined || parentItems === undefined) {
    problems.report('invalid_value', `${path}.items[${index}].parent`, `list '${listId}' has no parent list`)
    return -1
  }
  const parent = parentItems.get(item.parent as ItemId)
  if (parent === undefined) dangling(item.parent, `${path}.items[${index}].parent`, `item of list '${parentList}'`, problems)
  return parent ?? -1
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
  const cyclic = listsOnCycles(parentOf)
  inputs.forEach((list, index) => {
    if (byId.get(list.id as ListId) === list && cyclic.has(list.id as ListId))
      problems.report('cycle', `${path}[${index}].parent`, `list '${list.id}' is its own ancestor`)
  })
  for (const listId of cyclic) parentOf.delete(listId)
  return parentOf
}

/**
 * The lists on a cycle of parents, each list visited once: a walk up from each list not yet seen stops
 * at the first list seen before; if that list is on the walk's own path, the path from it on is a cycle.
 */
const listsOnCycles = (parentOf: ReadonlyMap<ListId, ListId>): ReadonlySet<ListId> => {
  const walkOf = new Map<ListId, number>()
  const cyclic = new Set<ListId>()
  let walk = 0
  for (const start of parentOf.keys()) {
    if (walkOf.has(start)) continue
    walk += 1
    const path: ListId[] = []
    let at: ListId | undefined = start
    while (at !== undefined && !walkOf.has(at)) {
      walkOf.set(at, walk)
      path.push(at)
      at = parentOf.get(at)
    }
    if (at !== undefined && walkOf.get(at) === walk) for (let p = path.indexOf(at); p < path.length; p++) cyclic.add(path[p] as ListId)
  }
  return cyclic
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
