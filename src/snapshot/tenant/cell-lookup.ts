import type { CellResource } from '../../domain/resource.js'
import type { ItemId, ListId } from '../../domain/ids.js'
import { chainOf } from './item-ranks.js'
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
  /** The list and the lists above it, nearest first ({@link chainOf}): shared by every cell of the module. */
  readonly chain: readonly ListRecord[]
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
  /** The id the tenant does not hold; undefined when the request names none (an item of one of the module's lists). */
  readonly id: string | undefined
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

const unknown = (kind: string, id: string | undefined, model: ModelRecord | undefined): UnknownCell => ({ tag: 'unknown', kind, id, model })

/** The model, module and line item of a cell request: their records and the lists of the module. */
interface Prefix {
  readonly tag: 'prefix'
  readonly ids: readonly [model: string, module: string, lineItem: string]
  readonly model: ModelRecord
  readonly module: ModuleRecord
  readonly lineItem: LineItemRecord
  /** The module's lists, in its order; undefined for a list the model does not hold. */
  readonly lists: readonly (ListRecord | undefined)[]
  /** The module's list ids, in its order (a plain copy: reading a frozen array is slower). */
  readonly listIds: readonly ListId[]
  /** Each list's {@link chainOf}, in the same order. */
  readonly chains: readonly (readonly ListRecord[])[]
}

const prefixOf = (tenant: TenantSnapshot | undefined, cell: CellResource): Prefix | UnknownCell => {
  const model = tenant?.models.get(cell.model)
  if (model === undefined) return unknown('model', cell.model, undefined)
  const module = model.modules.get(cell.module)
  if (module === undefined) return unknown('module', cell.module, model)
  const lineItem = module.lineItems.get(cell.lineItem)
  // Errors in the documented order: the version before the line item.
  if (lineItem === undefined) return model.versions.has(cell.version) ? unknown('lineItem', cell.lineItem, model) : unknown('version', cell.version, model)
  const ids = [cell.model, cell.module, cell.lineItem] as const
  const lists = module.lists.map((list) => model.lists.get(list))
  const chains = lists.map((list) => (list === undefined ? [] : chainOf(model, list)))
  return { tag: 'prefix', ids, model, module, lineItem, lists, listIds: module.lists.slice(), chains }
}

const names = (prefix: Prefix, cell: CellResource): boolean => {
  const [model, module, lineItem] = prefix.ids
  return cell.model === model && cell.module === module && cell.lineItem === lineItem
}

/**
 * The rest of the lookup, in the order errors are reported: the version (unless `versionKnown`: the
 * model holds it), then an item per list.
 */
const withItems = (prefix: Prefix, cell: CellResource, versionKnown: boolean): CellLookup => {
  const { model, lists, listIds } = prefix
  if (!versionKnown && !model.versions.has(cell.version)) return unknown('version', cell.version, model)
  const dimensions: CellDimension[] = new Array<CellDimension>(lists.length)
  // Indexed loops: iterating a frozen array with for-of is several times slower.
  for (let d = 0; d < lists.length; d++) {
    const listId = listIds[d] as ListId
    // One keyed load; an inherited property (a list named 'toString') is no item the request names, nor
    // is anything but an id (the items were checked, but a getter may answer otherwise when read again).
    const named: unknown = cell.items[listId]
    const itemId = typeof named === 'string' && named !== '' && Object.hasOwn(cell.items, listId) ? (named as ItemId) : undefined
    if (itemId === undefined) return unknown(`item of list '${listId}'`, undefined, model)
    const list = lists[d]
    const index = list?.items.get(itemId)
    if (list === undefined || index === undefined) return unknown(`item of list '${listId}'`, itemId, model)
    dimensions[d] = { list, item: itemId, index, chain: prefix.chains[d] as readonly ListRecord[] }
  }
  return { tag: 'known', model, module: prefix.module, lineItem: prefix.lineItem, dimensions }
}

/**
 * Looks a cell up, so that no rule repeats it: the records it names, or the first id the tenant does
 * not hold. Items named for lists that do not dimension the module are ignored; ids such as
 * `__proto__` are ordinary ids. A handful of Map lookups and one small array.
 *
 * @example
 * ```ts
 * const at = lookupCell(world.tenant, cell)
 * if (at.tag === 'unknown') console.log(`unknown ${at.kind} '${at.id}'`)
 * ```
 */
export const lookupCell = (tenant: TenantSnapshot | undefined, cell: CellResource): CellLookup => {
  const prefix = prefixOf(tenant, cell)
  return prefix.tag === 'unknown' ? prefix : withItems(prefix, cell, false)
}

/**
 * {@link lookupCell} for one decider: it keeps the model, module, line item and version of the last
 * known cell, so that a run of requests on one line item (a grid, an export) looks up only the items.
 *
 * @example
 * ```ts
 * const look = cellLookups(world.tenant)
 * look(cell).tag // 'known' or 'unknown', as lookupCell(world.tenant, cell)
 * ```
 */
export const cellLookups = (tenant: TenantSnapshot | undefined): ((cell: CellResource) => CellLookup) => {
  let last: Prefix | undefined
  // The latest version the last prefix's model was found to hold (versions are few; a grid asks one).
  let held: string | undefined
  return (cell) => {
    if (last === undefined || !names(last, cell)) {
      const prefix = prefixOf(tenant, cell)
      if (prefix.tag === 'unknown') return prefix
      last = prefix
      held = undefined
    }
    const found = withItems(last, cell, cell.version === held)
    if (found.tag === 'known') held = cell.version
    return found
  }
}
