import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { derivation } from '../../rule/memo.js'
import type { RuleContext } from '../../rule/rule.js'
import type { CellDimension, KnownCell } from '../../snapshot/tenant/cell-lookup.js'
import { usersDimension, type DriverRecord, type ListRecord } from '../../snapshot/tenant/types.js'
import { driverValue } from './drivers.js'

/** A driver's value at every item of its one list, -1 until first asked: one table per driver, per decider. */
const itemValues = derivation((list: ListRecord) => new Int8Array(list.items.size).fill(-1))

/** The cell's dimension on a list, if the cell has one. */
const dimensionOn = (at: KnownCell, list: string): CellDimension | undefined => {
  const dimensions = at.dimensions
  for (let d = 0; d < dimensions.length; d++) if ((dimensions[d] as CellDimension).list.id === list) return dimensions[d]
  return undefined
}

/**
 * {@link driverValue} at a looked-up cell. A driver dimensioned by one list of the cell (the common
 * case: a read driver by cost centre) is read from a table by item, filled as the decider meets items;
 * any other is read from its nested values.
 *
 * @example
 * ```ts
 * cellDriverValue(context, at, model.drivers.get(id.driver('open')), cell, actor) // true at uk
 * ```
 */
export const cellDriverValue = (context: RuleContext, at: KnownCell, driver: DriverRecord, cell: CellResource, actor: Actor): boolean => {
  const only = driver.dimensions.length === 1 ? (driver.dimensions[0] as string) : usersDimension
  const dimension = only === usersDimension ? undefined : dimensionOn(at, only)
  if (dimension === undefined) return driverValue(driver, cell, actor)
  const values = context.memo.get(itemValues, dimension.list, driver.id)
  const known = values[dimension.index] as number
  if (known >= 0) return known === 1
  const value = driverValue(driver, cell, actor)
  values[dimension.index] = value ? 1 : 0
  return value
}
