// @ts-nocheck
import type { ItemId, ListId } from '../../domain/ids.js'
import type { AccessRank, ListRecord, ModelRecord, SelectiveAccessGrants } from './types.js'

/**
 * One identity's selective-access grants by item number: the lists it holds grants on, and for each
 * its grants as `index × 4 + rank`, sorted, in one array (`keys`, the list numbered `l` owning
 * `keys[starts[l]]` to `keys[starts[l + 1] - 1]`). Its size follows the grants held, never the lists'
 * lengths: a user with 500 grants holds about 4 KB whatever the lists hold. `byteLength` is what it
 * counts against a decider's memo.
 *
 * @example
 * ```ts
 * const ranks: ItemRanks = itemRanks(model, model.selectiveAccess.get(id.user('ana')))
 * rankOf(ranks, costCentres, 42) // 0, 1 or 2
 * ```
 */
export interface ItemRanks {
  readonly lists: readonly ListId[]
  readonly starts: readonly number[]
  readonly keys: readonly number[]
  readonly byteLength: number
}

/** No grant at all: one shared value. */
const none: ItemRanks = Object.freeze({ lists: Object.freeze([]), starts: Object.freeze([0]), keys: Object.freeze([]), byteLength: 0 })

/**
 * The grants by item number (grants naming an item the list does not hold are left out: compile
 * reports them). Plain arrays of small integers: on Node 20 they take 8 bytes an element, where a
 * typed array costs over 100 bytes before its first element.
 *
 * @example
 * ```ts
 * itemRanks(model, model.internalAlias)
 * ```
 */
export const itemRanks = (model: ModelRecord, grants: SelectiveAccessGrants | undefined): ItemRanks => {
  if (grants === undefined || grants.size === 0) return none
  const lists: ListId[] = []
  const starts: number[] = [0]
  const keys: number[] = []
  for (const [listId, items] of grants) {
    const list = model.lists.get(listId)
    if (list === undefined) continue
    const own: number[] = []
    for (const [item, rank] of items) {
      const index = list.items.get(item)
      if (index !== undefined && rank > 0) own.push(index * 4 + rank)
    }
    own.sort((a, b) => a - b)
    for (const key of own) keys.push(key)
    lists.push(listId)
    starts.push(keys.length)
  }
  // Copies of exact length: arrays grown by push keep room to grow, as much again as they hold.
  return { lists: lists.slice(), starts: starts.slice(), keys: keys.slice(), byteLength: 160 + 8 * (lists.length + starts.length + keys.length) }
}

/**
 * The rank granted on the item numbered `index` itself (not inherited): a binary search among the
 * list's grants.
 *
 * @example
 * ```ts
 * rankOf(ranks, regions, 0) // 2 when the first region is granted Write
 * ```
 */
export const rankOf = (ranks: ItemRanks, list: ListRecord, index: number): AccessRank => {
  const at = ranks.lists.indexOf(list.id)
  if (at < 0) return 0
  const keys = ranks.keys
  let low = ranks.starts[at] as number
  let high = (ranks.starts[at + 1] as number) - 1
  const wanted = index * 4
  while (low <= high) {
    const middle = (low + high) >>> 1
    const key = keys[middle] as number
    if (key < wanted) low = middle + 1
    else if (key >= wanted + 4) high = middle - 1
    else return (key & 3) as AccessRank
  }
  return 0
}

/**
 * The items of a list an identity holds a grant on, with the rank granted, in item order.
 *
 * @example
 * ```ts
 * for (const { item, rank } of grantedItems(ranks, costCentres)) console.log(item, rank)
 * ```
 */
export const grantedItems = (ranks: ItemRanks, list: ListRecord): { readonly index: number; readonly item: ItemId; readonly rank: AccessRank }[] => {
  const at = ranks.lists.indexOf(list.id)
  const keys = at < 0 ? [] : ranks.keys.slice(ranks.starts[at], ranks.starts[at + 1])
  return Array.from(keys, (key) => ({ index: key >> 2, item: list.ids[key >> 2] as ItemId, rank: (key & 3) as AccessRank }))
}

/**
 * The item numbered `index` of a list and its ancestors, nearest first, as `[list, index]` pairs
 * (F45c): the chain a grant flows down (I11). A loop, never recursion.
 *
 * @example
 * ```ts
 * for (const [list, index] of ancestry(model, costCentres, 42)) console.log(list.id, list.ids[index])
 * ```
 */
export function* ancestry(model: ModelRecord, list: ListRecord, index: number): Generator<readonly [ListRecord, number]> {
  let at: ListRecord | undefined = list
  let item = index
  while (at !== undefined && item >= 0) {
    yield [at, item]
    item = at.parents[item] ?? -1
    at = at.parent === undefined ? undefined : model.lists.get(at.parent)
  }
}
