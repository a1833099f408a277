// @ts-nocheck
import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { isCellValues, usersDimension, type CellValues, type DriverRecord, type DriverValues } from '../../snapshot/tenant/types.js'
import { cellItem } from '../shared/cell.js'

/**
 * The value of an access driver for a cell and an actor (F47): the cell's items projected onto the
 * driver's dimensions, and the actor's user id for a `users` dimension. A cell without a value reads
 * the driver's default, FALSE when it has none (A33); a cell the driver cannot place (an item it does
 * not hold, the alias on a `users` dimension) reads FALSE. No allocation: one Map lookup per dimension.
 *
 * @example
 * ```ts
 * driverValue(model.drivers.get(id.driver('open')), cell, subject.user(id.user('wes'))) // true at uk
 * ```
 */
export const driverValue = (driver: DriverRecord, cell: CellResource, actor: Actor): boolean => {
  const values = driver.values
  if (isCellValues(values)) return cellValue(values, cell)
  let node: DriverValues = values
  const dimensions = driver.dimensions
  for (let d = 0; d < dimensions.length; d++) {
    const dimension = dimensions[d] as string
    if (typeof node === 'boolean') return false
    const key = dimension === usersDimension ? (actor.kind === 'user' ? actor.id : undefined) : cellItem(cell, dimension)
    if (key === undefined) return false
    const next: DriverValues | undefined = node.get(key)
    if (next === undefined) return driver.defaultValue === true && placed(driver, d, cell, actor)
    node = next
  }
  return node === true
}

/** Whether the cell names an item of each list dimension from `d` on, and the actor is a user for `users` (the earlier ones were found): a cell of the driver. */
const placed = (driver: DriverRecord, from: number, cell: CellResource, actor: Actor): boolean => {
  const dimensions = driver.dimensions
  for (let d = from; d < dimensions.length; d++) {
    const dimension = dimensions[d] as string
    if (dimension === usersDimension ? actor.kind !== 'user' : cellItem(cell, dimension) === undefined) return false
  }
  return true
}

/** A driver over lists: its value at the cell's items, each found by its number in its list. */
const cellValue = (values: CellValues, cell: CellResource): boolean => {
  let at = 0
  for (let d = 0; d < values.lists.length; d++) {
    const list = values.lists[d] as CellValues['lists'][number]
    const item = cellItem(cell, list.id)
    const index = item === undefined ? undefined : list.items.get(item)
    if (index === undefined) return false
    at += index * (values.strides[d] ?? 0)
  }
  return values.at(at)
}
