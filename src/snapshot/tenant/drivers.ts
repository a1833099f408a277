import type { DriverId, ItemId, ListId } from '../../domain/ids.js'
import { lock } from '../../internal/deep-freeze.js'
import { itemTable, readSlot, unknownSlot, writeSlot } from '../../internal/item-table.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { DriverInput, DriverValueInput } from '../input/tenant.js'
import { usersDimension, type DriverRecord, type DriverValues, type ItemValues, type ListRecord } from './types.js'

/**
 * The model's access drivers (F47). Dimensions are lists of the model or `users`; each value names an
 * item of every list dimension (and a user for `users`), and two values for one cell are an error.
 */
export const buildDrivers = (
  inputs: readonly DriverInput[],
  path: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  users: ReadonlyMap<string, unknown>,
  problems: Problems,
): ReadonlyMap<DriverId, DriverRecord> =>
  indexById<DriverId, DriverInput, DriverRecord>(inputs, path, problems, (driver, index) => {
    const at = `${path}[${index}]`
    const dimensions = (driver.dimensions ?? []).filter(
      (d, i) => d === usersDimension || checkRef(lists, d, `${at}.dimensions[${i}]`, 'list', problems),
    )
    const known = { lists: dimensions.map((d) => lists.get(d as ListId)), users }
    const values = driver.values ?? []
    const sink = sinkFor(dimensions, known.lists, values.length)
    // One key for every value: its coordinates in dimension order, overwritten value after value.
    const key = dimensions.map(() => '')
    for (let i = 0; i < values.length; i++) {
      const value = values[i]
      if (value === undefined || !coordinates(value, at, i, dimensions, known, key, problems)) continue
      if (!sink.put(key, value.value))
        problems.report('duplicate_id', `${at}.values[${i}]`, dimensions.length === 0 ? 'a global driver has one value' : 'two values for one driver cell')
    }
    return { id: driver.id as DriverId, dimensions, values: sink.values() }
  })

/** Where a driver's checked values go: `put` is false when the cell already has a value, an error that fails the compile. */
interface Sink {
  readonly put: (key: readonly string[], value: boolean) => boolean
  readonly values: () => DriverValues | ItemValues
}

/** By item number for one list, one Boolean for no dimension, nested maps otherwise. */
const sinkFor = (dimensions: readonly string[], lists: readonly (ListRecord | undefined)[], values: number): Sink => {
  const [only] = lists
  if (dimensions.length === 1 && dimensions[0] !== usersDimension && only !== undefined) return itemSink(only, values)
  return dimensions.length === 0 ? globalSink() : nestedSink(dimensions.length)
}

const globalSink = (): Sink => {
  let global: boolean | undefined
  return {
    put: (_key, value) => {
      if (global !== undefined) return false
      global = value
      return true
    },
    values: () => global ?? false,
  }
}

const nestedSink = (levels: number): Sink => {
  const root = new Map<string, DriverValues>()
  return { put: (key, value) => setLeaf(root, key, value), values: () => lockTree(root, levels) }
}

/**
 * Values by item number, and the item numbers in the order their values came, for `encode` to give
 * them back as delivered.
 */
const itemSink = (list: ListRecord, most: number): Sink => {
  const table = itemTable(list.ids.length)
  const order = new Int32Array(most)
  let count = 0
  return {
    put: (key, value) => {
      // The key's one item is known to the list: its coordinates are checked before it is put.
      const index = list.items.get(key[0] as ItemId) ?? -1
      if (index < 0 || readSlot(table, index) !== unknownSlot) return false
      writeSlot(table, index, value ? 1 : 0)
      order[count++] = index
      return true
    },
    values: () => itemValues(list, table, order.slice(0, count)),
  }
}

/** The frozen record over its two tables; built apart from the sink, so that it keeps only what it reads. */
const itemValues = (list: ListRecord, table: Uint8Array, delivered: Int32Array): ItemValues => {
  const size = list.ids.length
  const at = (index: number): boolean | undefined => {
    const slot = (index | 0) === index && index >= 0 && index < size ? readSlot(table, index) : unknownSlot
    return slot === unknownSlot ? undefined : slot === 1
  }
  return Object.freeze({ tag: 'byItem', list, at: Object.freeze(at), delivered: Object.freeze(() => Array.from(delivered)) })
}

/** The path of a driver value's field, spelled only when reported. */
const valuePath = (at: string, i: number, field: string): string => `${at}.values[${i}]${field}`

/** What a value's coordinates may name: the list of each dimension (undefined for `users`), and the users. */
interface Known {
  readonly lists: readonly (ListRecord | undefined)[]
  readonly users: ReadonlyMap<string, unknown>
}

/**
 * Whether the value names an item of every list dimension (and a user for `users`), writing its
 * coordinates into `key`; reports what is wrong.
 */
const coordinates = (
  value: DriverValueInput,
  at: string,
  i: number,
  dimensions: readonly string[],
  known: Known,
  key: string[],
  problems: Problems,
): boolean => {
  const items = value.items
  let ok = true
  // Each own key of `items`, in the order Object.keys lists them, without an array per value.
  if (items !== undefined)
    for (const list in items)
      if (Object.hasOwn(items, list) && !dimensions.includes(list)) {
        problems.report('invalid_value', valuePath(at, i, `.items.${list}`), `the driver is not dimensioned by '${list}'`)
        ok = false
      }
  for (let d = 0; d < dimensions.length; d++) {
    const dimension = dimensions[d] ?? ''
    if (dimension === usersDimension) {
      if (value.user === undefined) {
        problems.report('invalid_value', valuePath(at, i, '.user'), 'a users-dimensioned driver value needs a user')
        ok = false
      } else ok = (known.users.has(value.user) || dangling(value.user, valuePath(at, i, '.user'), 'user', problems)) && ok
      key[d] = value.user ?? ''
      continue
    }
    const item = items !== undefined && Object.hasOwn(items, dimension) ? items[dimension] : undefined
    const list = known.lists[d]
    if (item === undefined || list === undefined) {
      problems.report('invalid_value', valuePath(at, i, '.items'), `missing an item of list '${dimension}'`)
      ok = false
    } else ok = (list.items.has(item as ItemId) || dangling(item, valuePath(at, i, `.items.${dimension}`), `item of list '${dimension}'`, problems)) && ok
    key[d] = item ?? ''
  }
  return ok
}

/** Sets the leaf at `key`, one map level per dimension; false when the cell already has a value. */
const setLeaf = (root: Map<string, DriverValues>, key: readonly string[], value: boolean): boolean => {
  let node = root
  const last = key.length - 1
  for (let depth = 0; depth < last; depth++) {
    const part = key[depth] ?? ''
    const next = node.get(part)
    const child = next instanceof Map ? (next as Map<string, DriverValues>) : new Map<string, DriverValues>()
    node.set(part, child)
    node = child
  }
  // One lookup, not two: a second value for a cell is an error, so which of the two the map keeps never reaches a snapshot.
  const size = node.size
  node.set(key[last] ?? '', value)
  return node.size > size
}

/** Locks the nested value maps, `levels` deep, innermost first (their leaves are Booleans). */
const lockTree = (node: Map<string, DriverValues>, levels: number): ReadonlyMap<string, DriverValues> => {
  if (levels > 1) for (const child of node.values()) if (child instanceof Map) lockTree(child as Map<string, DriverValues>, levels - 1)
  return lock(node)
}
