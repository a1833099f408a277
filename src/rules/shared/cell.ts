import type { CellResource } from '../../domain/resource.js'
import type { ItemId } from '../../domain/ids.js'
import type { Verdicts } from '../../decision/verdict.js'
import type { ModelRecord, ModuleRecord } from '../../snapshot/tenant/types.js'
import { unknownId } from './lookups.js'

/**
 * The item a cell names for one of its module's lists, read safely from the request's record (ids such
 * as `__proto__` are ordinary ids).
 *
 * @example
 * ```ts
 * cellItem(cell, id.list('region')) // 'emea', or undefined when the cell names no item of 'region'
 * ```
 */
export const cellItem = (cell: CellResource, list: string): ItemId | undefined =>
  Object.hasOwn(cell.items, list) ? cell.items[list] : undefined

/**
 * The cell's module when every id the cell names is known to the model: the module, the version, the
 * line item and an item of each of the module's lists. Items named for lists that do not dimension the
 * module are ignored. Undefined means the request names something unknown (see {@link unknownCellId}).
 * No allocation: a handful of Map lookups.
 *
 * @example
 * ```ts
 * const module = knownCellModule(model, cell)
 * if (module === undefined) return unknownCellId(model, cell)
 * ```
 */
export const knownCellModule = (model: ModelRecord, cell: CellResource): ModuleRecord | undefined => {
  const module = model.modules.get(cell.module)
  if (module === undefined || !model.versions.has(cell.version) || !module.lineItems.has(cell.lineItem)) return undefined
  for (const list of module.lists) {
    const item = cellItem(cell, list)
    if (item === undefined || model.lists.get(list)?.items.has(item) !== true) return undefined
  }
  return module
}

/**
 * The `request.unknown_id` denial for the first id of the cell the model does not hold (module,
 * version, line item, then each dimension list's item). Call it only after {@link knownCellModule}
 * returned undefined.
 *
 * @example
 * ```ts
 * unknownCellId(model, cell) // [cap(0, request.unknown_id { kind: 'version', id: 'fy99' })]
 * ```
 */
export const unknownCellId = (model: ModelRecord, cell: CellResource): Verdicts => {
  const module = model.modules.get(cell.module)
  if (module === undefined) return unknownId('module', cell.module)
  if (!model.versions.has(cell.version)) return unknownId('version', cell.version)
  if (!module.lineItems.has(cell.lineItem)) return unknownId('lineItem', cell.lineItem)
  for (const list of module.lists) {
    const item = cellItem(cell, list)
    if (item === undefined) return unknownId(`item of list '${list}'`, '(none named)')
    if (model.lists.get(list)?.items.has(item) !== true) return unknownId(`item of list '${list}'`, item)
  }
  return unknownId('cell', cell.module)
}
