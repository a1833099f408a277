// @ts-nocheck
import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { derivation } from '../../rule/memo.js'
import type { RuleContext } from '../../rule/rule.js'
import type { CellDimension, KnownCell } from '../../snapshot/tenant/cell-lookup.js'
import type { DriverId } from '../../domain/ids.js'
import { isCellValues, type CellValues, type DriverRecord, type LineItemRecord, type ModelRecord } from '../../snapshot/tenant/types.js'
import { driverValue } from './drivers.js'

/**
 * An access driver of a line item, ready for its cells: its record, where each of its lists sits among
 * the cell's dimensions when it keeps its values by cell number (undefined otherwise: it is then read
 * from its nested values), and the two caps it can set, which name only the line item and the driver.
 *
 * @example
 * ```ts
 * const readByCell = (driver: CellDriver) => driver.byCell !== undefined
 * ```
 */
export interface CellDriver {
  readonly record: DriverRecord
  readonly byCell: { readonly values: CellValues; readonly positions: readonly number[] } | undefined
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
  const values = isCellValues(record.values) ? record.values : undefined
  const positions = values === undefined ? [] : values.lists.map((list) => lists.indexOf(list.id))
  return {
    record,
    byCell: values === undefined || positions.includes(-1) ? undefined : { values, positions: Object.freeze(positions) },
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
 * {@link driverValue} at a looked-up cell. A driver over lists of the cell (the common case: a read
 * driver by cost centre, or by cost centre and product) is read by its items' numbers, without hashing
 * an id; any other is read from its nested values.
 *
 * @example
 * ```ts
 * const { read } = lineDriversOf(context, at)
 * if (read !== undefined) cellDriverValue(at, read, cell, actor) // true at uk
 * ```
 */
export const cellDriverValue = (at: KnownCell, driver: CellDriver, cell: CellResource, actor: Actor): boolean => {
  const byCell = driver.byCell
  if (byCell === undefined) return driverValue(driver.record, cell, actor)
  const { positions, values } = byCell
  let number = 0
  for (let d = 0; d < positions.length; d++) number += (at.dimensions[positions[d] as number] as CellDimension).index * (values.strides[d] as number)
  return values.at(number)
}
