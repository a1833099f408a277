import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { isItemValues, usersDimension, type DriverRecord, type DriverValues, type ItemValues } from '../../snapshot/tenant/types.js'
import { cellItem } from '../shared/cell.js'

/**
 * The value of an access driver for a cell and an actor (F47): the cell's items projected onto the
 * driver's dimensions, and the actor's user id for a `users` dimension. A missing value, and the
 * alias on a `users` dimension, read FALSE (A33). No allocation: one Map lookup per dimension.
 *
 * @example
 * ```ts
 * driverValue(model.drivers.get(id.driver('open')), cell, subject.user(id.user('wes'))) // true at uk
 * ```
 */
export const driverValue = (driver: DriverRecord, cell: CellResource, actor: Actor): boolean => {
  const values = driver.values
  if (isItemValues(values)) return itemValue(values, cell)
  let node: DriverValues = values
  const dimensions = driver.dimensions
  for (let d = 0; d < dimensions.length; d++) {
    const dimension = dimensions[d] as string
    if (typeof node === 'boolean') return false
    const key = dimension === usersDimension ? (actor.kind === 'user' ? actor.id : undefined) : cellItem(cell, dimension)
    const next: DriverValues | undefined = key === undefined ? undefined : node.get(key)
    if (next === undefined) return false
    node = next
  }
  return node === true
}

/** A one-list driver's value at the cell's item of its list. */
const itemValue = (values: ItemValues, cell: CellResource): boolean => {
  const item = cellItem(cell, values.list.id)
  const index = item === undefined ? undefined : values.list.items.get(item)
  return index !== undefined && values.at(index) === true
}
