// @ts-nocheck
import type { ItemId, ListId } from '../domain/ids.js'
import type { ListRecord, ModelRecord } from '../snapshot/tenant/types.js'

/**
 * A set of items of one list, with ancestors folded: `all` when it holds every item; otherwise the
 * ancestors (items of parent lists) every one of whose items in this list is in the set, the highest
 * such ancestor only, and the items that no listed ancestor covers. `count` is how many items of the
 * list the set holds.
 *
 * @example
 * ```ts
 * const berlinAndEmea: ItemSet = { all: false, count: 3, under: [{ list: id.list('region'), item: id.item('emea') }], items: [id.item('cc-new-york')] }
 * ```
 */
export interface ItemSet {
  readonly all: boolean
  readonly count: number
  readonly under: readonly { readonly list: ListId; readonly item: ItemId }[]
  readonly items: readonly ItemId[]
}

/**
 * Whether an item is in an {@link ItemSet}, given its ancestors (`ancestors[k]` the item's ancestor in
 * the k-th parent list up the chain).
 *
 * @example
 * ```ts
 * inItemSet(set, 'cc-berlin', [{ list: 'country', item: 'de' }, { list: 'region', item: 'emea' }])
 * ```
 */
export const inItemSet = (set: ItemSet, item: ItemId, ancestors: readonly { readonly list: ListId; readonly item: ItemId }[]): boolean =>
  set.all || set.items.includes(item) || set.under.some((u) => ancestors.some((a) => a.list === u.list && a.item === u.item))

/** The lists above `list`, parent first, and each item's ancestor number in each of them (-1 when orphaned). */
const ancestry = (model: ModelRecord, list: ListRecord): { readonly lists: readonly ListRecord[]; readonly at: readonly Int32Array[] } => {
  const lists: ListRecord[] = []
  const at: Int32Array[] = []
  let below = Int32Array.from(list.ids, (_, i) => i)
  let current = list
  for (let parent = list.parent === undefined ? undefined : model.lists.get(list.parent); parent !== undefined; ) {
    const step = new Int32Array(below.length)
    for (let i = 0; i < below.length; i++) step[i] = (below[i] ?? -1) < 0 ? -1 : (current.parents[below[i] ?? 0] ?? -1)
    lists.push(parent)
    at.push(step)
    below = step
    current = parent
    parent = parent.parent === undefined ? undefined : model.lists.get(parent.parent)
  }
  return { lists, at }
}

/**
 * Folds the items of `list` whose rank in `levels` reaches `threshold` into an {@link ItemSet}:
 * `levels` undefined means every item is in (a dimension that does not limit); `open` false means
 * none is (a layer that does not depend on items denies).
 *
 * @example
 * ```ts
 * foldItems(model, costCentres, grid.selective[0], 1, true) // the cost centres the subject may read
 * ```
 */
export const foldItems = (model: ModelRecord, list: ListRecord, levels: Uint8Array | undefined, threshold: number, open: boolean): ItemSet => {
  const size = list.ids.length
  const inSet = (i: number): boolean => open && (levels === undefined || (levels[i] ?? 0) >= threshold)
  let count = 0
  for (let i = 0; i < size; i++) if (inSet(i)) count++
  if (count === size && size > 0) return { all: true, count, under: [], items: [] }
  if (count === 0) return { all: false, count, under: [], items: [] }
  const { lists, at } = ancestry(model, list)
  const covered = at.map((step, k) => {
    const total = new Int32Array(lists[k]?.ids.length ?? 0)
    const held = new Int32Array(total.length)
    for (let i = 0; i < size; i++) {
      const a = step[i] ?? -1
      if (a < 0) continue
      total[a] = (total[a] ?? 0) + 1
      if (inSet(i)) held[a] = (held[a] ?? 0) + 1
    }
    return (a: number): boolean => a >= 0 && (total[a] ?? 0) > 0 && total[a] === held[a]
  })
  const under: { list: ListId; item: ItemId }[] = []
  const seen = new Set<string>()
  const items: ItemId[] = []
  for (let i = 0; i < size; i++) {
    if (!inSet(i)) continue
    let highest = -1
    for (let k = 0; k < at.length; k++) if (covered[k]?.(at[k]?.[i] ?? -1) === true) highest = k
    if (highest < 0) {
      items.push(list.ids[i] as ItemId)
      continue
    }
    const ancestor = at[highest]?.[i] ?? -1
    const key = `${highest}:${ancestor}`
    if (seen.has(key)) continue
    seen.add(key)
    const parentList = lists[highest]
    if (parentList !== undefined) under.push({ list: parentList.id, item: parentList.ids[ancestor] as ItemId })
  }
  return { all: false, count, under, items }
}
