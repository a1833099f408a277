// @ts-nocheck
import type { CellResource } from '../../domain/resource.js'
import type { ItemId } from '../../domain/ids.js'

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
