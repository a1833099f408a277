import type { ItemId, ListId } from '../../domain/ids.js'
import type { AccessRank, ListRecord, ModelRecord, SelectiveAccessGrants } from './types.js'

/**
 * One identity's selective-access grants by item number: the lists it holds grants on, and in one
 * array (`keys`) first where each list's grants start, then for each list its grants as
 * `index × 4 + rank`, sorted (the list numbered `l` owning `keys[keys[l]]` to `keys[keys[l + 1]] - 1`).
 * Two arrays, so that a request of a user met long ago touches few lines of memory; its size follows
 * the grants held, never the lists' lengths: a user with 500 grants holds about 4 KB whatever the lists
 * hold. `byteLength` is what it counts against a decider's memo.
 *
 * @example
 * ```ts
 * const ranks: ItemRanks = itemRanks(model, model.selectiveAccess.get(id.user('ana')))
 * rankOf(ranks, costCentres, 42) // 0, 1 or 2
 * ```
 */
export interface ItemRanks {
  readonly lists: readonly ListId[]
  readonly keys: readonly number[]
  readonly byteLength: number
}

/** No grant at all: one shared value. */
const none: ItemRanks = Object.freeze({ lists: Object.freeze([]), keys: Object.freeze([]), byteLength: 0 })

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
  const owned: number[][] = []
  for (const [listId, items] of grants) {
    const list = model.lists.get(listId)
    if (list === undefined) continue
    const own: number[] = []
    for (const [item, rank] of items) {
      const index = list.items.get(item)
      if (index !== undefined && rank > 0) own.push(index * 4 + rank)
    }
    own.sort((a, b) => a - b)
    // The list record's own id, so that finding it among them compares references.
    lists.push(list.id)
    owned.push(own)
  }
  const keys: number[] = []
  let start = lists.length + 1
  for (const own of owned) {
    keys.push(start)
    start += own.length
  }
  keys.push(start)
  for (const own of owned) for (const key of own) keys.push(key)
  // Copies of exact length: arrays grown by push keep room to grow, as much again as they hold.
  return { lists: lists.slice(), keys: keys.slice(), byteLength: bytesOf(lists.length, keys.length) }
}

/** What an {@link ItemRanks} of so many lists and keys counts: the object and its two arrays. */
const bytesOf = (lists: number, keys: number): number => 120 + 8 * (lists + keys)

/**
 * The bytes {@link itemRanks} will take for these grants, without deriving them (at most: grants it
 * leaves out count too), so that a value can be counted against a memo before its ranks exist.
 *
 * @example
 * ```ts
 * itemRanksBytes(model.selectiveAccess.get(id.user('ana'))) // 0 without grants
 * ```
 */
export const itemRanksBytes = (grants: SelectiveAccessGrants | undefined): number => {
  if (grants === undefined || grants.size === 0) return 0
  let keys = grants.size + 1
  for (const items of grants.values()) keys += items.size
  return bytesOf(grants.size, keys)
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
  let low = keys[at] as number
  let high = (keys[at + 1] as number) - 1
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
  const keys = at < 0 ? [] : ranks.keys.slice(ranks.keys[at], ranks.keys[at + 1])
  return Array.from(keys, (key) => ({ index: key >> 2, item: list.ids[key >> 2] as ItemId, rank: (key & 3) as AccessRank }))
}

/**
 * A list and the lists above it, nearest first, as far as the model holds them (F45c): the lists an
 * item's chain of ancestors runs through. A loop bounded by the model's lists, never recursion.
 *
 * @example
 * ```ts
 * chainOf(model, costCentres).map((list) => list.id) // ['costCentres', 'countries', 'regions']
 * ```
 */
export const chainOf = (model: ModelRecord, list: ListRecord): ListRecord[] => {
  const chain: ListRecord[] = [list]
  for (let at = list; at.parent !== undefined && chain.length <= model.lists.size; ) {
    const parent = model.lists.get(at.parent)
    if (parent === undefined) break
    chain.push((at = parent))
  }
  return chain.slice()
}

/**
 * The rank granted on the item numbered `index` of the first list of `chain` or on one of its
 * ancestors, the highest (F45c, F45e, A18, I11): a search among the grants of each list up the chain,
 * stopping at Write. Grants flow down, never up (F45d).
 *
 * @example
 * ```ts
 * levelAlong(ranks, chainOf(model, countries), 3) // 1 when the country's region is granted Read
 * ```
 */
export const levelAlong = (ranks: ItemRanks, chain: readonly ListRecord[], index: number): AccessRank => {
  if (ranks.lists.length === 0) return 0
  let level: AccessRank = 0
  let item = index
  for (let c = 0; c < chain.length && item >= 0; c++) {
    const list = chain[c] as ListRecord
    const rank = rankOf(ranks, list, item)
    if (rank > level) {
      if (rank === 2) return 2
      level = rank
    }
    item = list.parents[item] ?? -1
  }
  return level
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
