// @ts-nocheck
import type { ItemId, ListId } from '../domain/ids.js'
import type { ListRecord, ModelRecord, ModuleRecord } from '../snapshot/tenant/types.js'

/**
 * Where a change to selective-access grants on some items of a list can show in a module's cells
 * (grants flow down to the items below, F45c, never up, F45d):
 * - `untouched`: no dimension of the module is the list or below it;
 * - `dimension`: exactly one is, and only these of its item numbers are at or below the items;
 * - `whole`: several are, so any cell may change.
 *
 * @example
 * ```ts
 * regionOf(model, module, id.list('region'), new Set([id.item('emea')])) // { tag: 'dimension', dimension: 0, indexes: [...] }
 * ```
 */
export type Region =
  | { readonly tag: 'untouched' }
  | { readonly tag: 'dimension'; readonly dimension: number; readonly indexes: readonly number[] }
  | { readonly tag: 'whole' }

/** How many parent steps lead from `list` up to `target`, or -1 when it is not below it. */
const depthBelow = (model: ModelRecord, list: ListRecord | undefined, target: ListId): number => {
  let depth = 0
  for (let at = list; at !== undefined; at = at.parent === undefined ? undefined : model.lists.get(at.parent), depth++) if (at.id === target) return depth
  return -1
}

/** The item numbers of `list` at or below the given items of the list `depth` steps up. */
const itemsBelow = (model: ModelRecord, list: ListRecord, depth: number, items: ReadonlySet<ItemId>): readonly number[] => {
  // In the list's order, so that cells are visited in the same order as over the whole list.
  if (depth === 0) return [...items].flatMap((item) => list.items.get(item) ?? []).sort((a, b) => a - b)
  const found: number[] = []
  for (let index = 0; index < list.ids.length; index++) {
    let at: ListRecord | undefined = list
    let item = index
    for (let step = 0; step < depth && at !== undefined && item >= 0; step++) {
      item = at.parents[item] ?? -1
      at = at.parent === undefined ? undefined : model.lists.get(at.parent)
    }
    const id = at?.ids[item]
    if (id !== undefined && item >= 0 && items.has(id)) found.push(index)
  }
  return found
}

/**
 * The cells of a module that grants on `items` of `list` can reach.
 *
 * @example
 * ```ts
 * const region = regionOf(model, module, list, items)
 * if (region.tag === 'untouched') console.log('no cell of this module changes')
 * ```
 */
export const regionOf = (model: ModelRecord, module: ModuleRecord, list: ListId, items: ReadonlySet<ItemId>): Region => {
  const related = module.lists.flatMap((dimension, d) => {
    const depth = depthBelow(model, model.lists.get(dimension), list)
    return depth < 0 ? [] : [{ d, depth, record: model.lists.get(dimension) }]
  })
  const only = related[0]
  if (only === undefined) return { tag: 'untouched' }
  if (related.length > 1 || only.record === undefined) return { tag: 'whole' }
  return { tag: 'dimension', dimension: only.d, indexes: itemsBelow(model, only.record, only.depth, items) }
}
