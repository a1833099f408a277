import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { derivation } from '../../rule/memo.js'
import type { RuleContext } from '../../rule/rule.js'
import type { KnownCell } from '../../snapshot/tenant/cell-lookup.js'
import type { DriverId } from '../../domain/ids.js'
import { isItemValues, type DriverRecord, type ItemValues, type LineItemRecord, type ModelRecord } from '../../snapshot/tenant/types.js'
import { driverValue } from './drivers.js'

/**
 * An access driver of a line item, ready for its cells: its record, where its values by item number sit
 * among the cell's dimensions (undefined when it has no list or more than one dimension: it is then read
 * from its nested values), and the two caps it can set, which name only the line item and the driver.
 *
 * @example
 * ```ts
 * const readByItem = (driver: CellDriver) => driver.byItem !== undefined
 * ```
 */
export interface CellDriver {
  readonly record: DriverRecord
  readonly byItem: { readonly values: ItemValues; readonly position: number } | undefined
  readonly hidden: Verdicts
  readonly readOnly: Verdicts
}

/**
 * The read and write drivers of a line item, ready for its cells (undefined when it has none, or names
 * one the model does not hold).
 *
 * @example
 * ```ts
 * const { read, write } = lineDriversOf(context, at)
 * ```
 */
export interface LineDrivers {
  readonly read: CellDriver | undefined
  readonly write: CellDriver | undefined
}

const cellDriver = (model: ModelRecord, lists: readonly string[], lineItem: LineItemRecord, driver: DriverId | undefined): CellDriver | undefined => {
  const record = driver === undefined ? undefined : model.drivers.get(driver)
  if (record === undefined) return undefined
  const values = isItemValues(record.values) ? record.values : undefined
  const position = values === undefined ? -1 : lists.indexOf(values.list.id)
  return {
    record,
    byItem: values === undefined || position < 0 ? undefined : { values, position },
    hidden: verdict.shared(verdict.cap(0, reason('dynamic_cell_access.hidden', { lineItem: lineItem.id, driver: record.id }))),
    readOnly: verdict.shared(verdict.cap(1, reason('dynamic_cell_access.read_only', { lineItem: lineItem.id, driver: record.id }))),
  }
}

/** Keyed by the model's id: a line item's record knows neither its module nor its model. */
const lineDrivers = derivation((lineItem: LineItemRecord, modelId: string, world): LineDrivers => {
  const model = world.tenant?.models.get(modelId as ModelRecord['id'])
  const module = model === undefined ? undefined : [...model.modules.values()].find((m) => m.lineItems.get(lineItem.id) === lineItem)
  if (model === undefined || module === undefined) return { read: undefined, write: undefined }
  return { read: cellDriver(model, module.lists, lineItem, lineItem.readDriver), write: cellDriver(model, module.lists, lineItem, lineItem.writeDriver) }
})

/**
 * The drivers of the cell's line item, derived once per decider.
 *
 * @example
 * ```ts
 * const { read } = lineDriversOf(context, at)
 * ```
 */
export const lineDriversOf = (context: RuleContext, at: KnownCell): LineDrivers => context.memo.get(lineDrivers, at.lineItem, at.model.id)

/**
 * {@link driverValue} at a looked-up cell. A driver dimensioned by one list of the cell (the common
 * case: a read driver by cost centre) is read by the item's number, without hashing its id; any other
 * is read from its nested values.
 *
 * @example
 * ```ts
 * const { read } = lineDriversOf(context, at)
 * if (read !== undefined) cellDriverValue(at, read, cell, actor) // true at uk
 * ```
 */
export const cellDriverValue = (at: KnownCell, driver: CellDriver, cell: CellResource, actor: Actor): boolean => {
  const byItem = driver.byItem
  const dimension = byItem === undefined ? undefined : at.dimensions[byItem.position]
  return byItem === undefined || dimension === undefined ? driverValue(driver.record, cell, actor) : byItem.values.at(dimension.index) === true
}
