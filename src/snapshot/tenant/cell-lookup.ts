import type { CellResource } from '../../domain/resource.js'
import type { ItemId, ListId } from '../../domain/ids.js'
import type { LineItemRecord, ListRecord, ModelRecord, ModuleRecord, TenantSnapshot } from './types.js'

/**
 * One dimension of a cell: a list of the cell's module, the item the cell names in it and the item's
 * index in the list (the key of per-item tables).
 *
 * @example
 * ```ts
 * const parentIndex = (d: CellDimension) => d.list.parents[d.index] // -1 when the item has no parent
 * ```
 */
export interface CellDimension {
  readonly list: ListRecord
  readonly item: ItemId
  readonly index: number
}

/**
 * A cell every id of which the world holds: its model, module and line item, and one dimension per
 * list of the module, in the module's list order. The version is known too.
 *
 * @example
 * ```ts
 * const known: KnownCell = { tag: 'known', model, module, lineItem, dimensions: [] }
 * ```
 */
export interface KnownCell {
  readonly tag: 'known'
  readonly model: ModelRecord
  readonly module: ModuleRecord
  readonly lineItem: LineItemRecord
  readonly dimensions: readonly CellDimension[]
}

/**
 * A cell naming something the world does not hold: the first such id, in the order model, module,
 * version, line item, then an item of each of the module's lists. `model` is set when the model is
 * known (a model-level layer such as membership can still speak).
 *
 * @example
 * ```ts
 * const missing: UnknownCell = { tag: 'unknown', kind: 'version', id: 'fy99', model }
 * ```
 */
export interface UnknownCell {
  readonly tag: 'unknown'
  readonly kind: string
  readonly id: string
  readonly model: ModelRecord | undefined
}

/**
 * A cell request looked up in the tenant: {@link KnownCell} or {@link UnknownCell}.
 *
 * @example
 * ```ts
 * const level = (at: CellLookup) => (at.tag === 'known' ? at.dimensions.length : 0)
 * ```
 */
export type CellLookup = KnownCell | UnknownCell

const unknown = (kind: string, id: string, model: ModelRecord | undefined): UnknownCell => ({ tag: 'unknown', kind, id, model })

/**
 * Looks a cell up once per request, so that no rule repeats it: the records it names, or the first id
 * the tenant does not hold. Items named for lists that do not dimension the module are ignored; ids
 * such as `__proto__` are ordinary ids. A handful of Map lookups and one small array.
 *
 * @example
 * ```ts
 * const at = lookupCell(world.tenant, cell)
 * if (at.tag === 'unknown') console.log(`unknown ${at.kind} '${at.id}'`)
 * ```
 */
export const lookupCell = (tenant: TenantSnapshot | undefined, cell: CellResource): CellLookup => {
  const model = tenant?.models.get(cell.model)
  if (model === undefined) return unknown('model', cell.model, undefined)
  const module = model.modules.get(cell.module)
  if (module === undefined) return unknown('module', cell.module, model)
  if (!model.versions.has(cell.version)) return unknown('version', cell.version, model)
  const lineItem = module.lineItems.get(cell.lineItem)
  if (lineItem === undefined) return unknown('lineItem', cell.lineItem, model)
  // Indexed loops: iterating a frozen array with for-of is several times slower.
  const lists = module.lists
  const dimensions: CellDimension[] = new Array<CellDimension>(lists.length)
  for (let d = 0; d < lists.length; d++) {
    const listId = lists[d] as ListId
    // One keyed load; an inherited property (a list named 'toString') is no item the request names.
    const named: unknown = cell.items[listId]
    const itemId = typeof named === 'string' && Object.hasOwn(cell.items, listId) ? (named as ItemId) : undefined
    if (itemId === undefined) return unknown(`item of list '${listId}'`, '(none named)', model)
    const list = model.lists.get(listId)
    const index = list?.items.get(itemId)
    if (list === undefined || index === undefined) return unknown(`item of list '${listId}'`, itemId, model)
    dimensions[d] = { list, item: itemId, index }
  }
  return { tag: 'known', model, module, lineItem, dimensions }
}
