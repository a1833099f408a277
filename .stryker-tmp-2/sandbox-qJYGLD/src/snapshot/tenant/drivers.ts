// @ts-nocheck
import type { DriverId, ItemId, ListId } from '../../domain/ids.js'
import { lock } from '../../internal/deep-freeze.js'
import { decodeBase64 } from '../../internal/base64.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { DriverInput, DriverValueInput } from '../input/tenant.js'
import { cellValues, cellsOf, keptByCell } from './cell-bits.js'
import { usersDimension, type CellValues, type DriverRecord, type DriverValues, type ListRecord } from './types.js'

/**
 * The model's access drivers (F47), each built by {@link driverRecord}.
 */
export const buildDrivers = (
  inputs: readonly DriverInput[],
  path: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  users: ReadonlyMap<string, unknown>,
  problems: Problems,
): ReadonlyMap<DriverId, DriverRecord> =>
  indexById<DriverId, DriverInput, DriverRecord>(inputs, path, problems, (driver, index) => driverRecord(driver, `${path}[${index}]`, lists, users, problems))

/**
 * One access driver's record from its input at `at` (F47): the one builder of a driver record, for
 * compile and for anything that rebuilds one driver. Dimensions are lists of the model or `users`, each
 * named once; each value names an item of every list dimension (and a user for `users`), and two
 * values for one cell are an error. A `bitmap` gives every cell of a driver over lists; a `default`
 * is the value of the cells the values leave out. Every dimension, value and cell is visited in a loop
 * (never by recursion), so a driver of thousands of dimensions gives errors or a record.
 *
 * @example
 * ```ts
 * const record = driverRecord({ id: 'open', dimensions: ['region'], default: true }, 'tenant.models[0].drivers[0]', lists, users, problems)
 * ```
 */
export const driverRecord = (
  driver: DriverInput,
  at: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  users: ReadonlyMap<string, unknown>,
  problems: Problems,
): DriverRecord => {
  const dimensions = checkedDimensions(driver.dimensions ?? [], `${at}.dimensions`, lists, problems)
  const record = (values: DriverValues | CellValues): DriverRecord => ({ id: driver.id as DriverId, dimensions, values, defaultValue: driver.default })
  const listsOf = byCellLists(dimensions, lists)
  if (driver.bitmap !== undefined) return record(bitmapValues(driver, at, dimensions, listsOf, problems))
  const known: Known = { dimensions, lists: dimensions.map((d) => lists.get(d as ListId)), named: new Set(dimensions), users }
  const values = driver.values ?? []
  const dense = listsOf !== undefined && keptByCell(dimensions, listsOf.map((list) => list.ids.length), values.length, false)
  const sink = dense ? cellSink(listsOf, values.length, driver.default === true) : dimensions.length === 0 ? globalSink(driver.default) : nestedSink(dimensions.length)
  // One key for every value: its coordinates in dimension order (ids, and item numbers), overwritten value after value.
  const key = dimensions.map(() => '')
  const indexes = dimensions.map(() => 0)
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value === undefined || !coordinates(value, at, i, known, key, indexes, problems)) continue
    if (!sink.put(key, indexes, value.value))
      problems.report('duplicate_id', `${at}.values[${i}]`, dimensions.length === 0 ? 'a global driver has one value' : 'two values for one driver cell')
  }
  return record(sink.values())
}

/** The dimensions that name a list of the model or `users`; a dangling one or a repeat is reported and left out. */
const checkedDimensions = (dimensions: readonly string[], path: string, lists: ReadonlyMap<ListId, ListRecord>, problems: Problems): readonly string[] => {
  const seen = new Set<string>()
  const kept: string[] = []
  for (let i = 0; i < dimensions.length; i++) {
    const dimension = dimensions[i] ?? ''
    if (seen.has(dimension)) {
      problems.report('duplicate_id', `${path}[${i}]`, `'${dimension}' dimensions the driver twice`)
      continue
    }
    seen.add(dimension)
    if (dimension === usersDimension || checkRef(lists, dimension, `${path}[${i}]`, 'list', problems)) kept.push(dimension)
  }
  return kept
}

/** The lists of a driver dimensioned by lists only (at least one, no `users`), or undefined. */
const byCellLists = (dimensions: readonly string[], lists: ReadonlyMap<ListId, ListRecord>): readonly ListRecord[] | undefined => {
  if (dimensions.length === 0) return undefined
  const found: ListRecord[] = []
  for (const dimension of dimensions) {
    const list = dimension === usersDimension ? undefined : lists.get(dimension as ListId)
    if (list === undefined) return undefined
    found.push(list)
  }
  return found
}

/** A driver given as a bitmap: its dimensions must be lists, and the bitmap one bit a cell, alone (no values, no default). */
const bitmapValues = (
  driver: DriverInput,
  at: string,
  dimensions: readonly string[],
  lists: readonly ListRecord[] | undefined,
  problems: Problems,
): CellValues | boolean => {
  const path = `${at}.bitmap`
  if (driver.values !== undefined || driver.default !== undefined) {
    problems.report('invalid_value', path, 'a bitmap gives every cell a value: no values or default beside it')
    return false
  }
  if (lists === undefined || !keptByCell(dimensions, lists.map((list) => list.ids.length), 0, true)) {
    problems.report('invalid_value', path, 'a bitmap needs a driver dimensioned by lists only (not users), of at most 2^31 cells')
    return false
  }
  const { strides, cells } = cellsOf(lists)
  const bits = decodeBase64(driver.bitmap ?? '')
  const bytes = Math.ceil(cells / 8)
  if (bits.length !== bytes) {
    problems.report('invalid_value', path, `expected ${bytes} bytes (one bit for each of ${cells} cells), got ${bits.length}`)
    return false
  }
  return cellValues(lists, strides, cells, bits, undefined)
}

/** Where a driver's checked values go: `put` is false when the cell already has a value, an error that fails the compile. */
interface Sink {
  readonly put: (key: readonly string[], indexes: readonly number[], value: boolean) => boolean
  readonly values: () => DriverValues | CellValues
}

const globalSink = (fallback: boolean | undefined): Sink => {
  let global: boolean | undefined
  return {
    put: (_key, _indexes, value) => {
      if (global !== undefined) return false
      global = value
      return true
    },
    values: () => global ?? fallback ?? false,
  }
}

const nestedSink = (levels: number): Sink => {
  const root = new Map<string, DriverValues>()
  return { put: (key, _indexes, value) => setLeaf(root, key, value), values: () => lockTree(root, levels) }
}

/**
 * Values by cell number, one bit a cell (the default where no value is given), and the cells in the
 * order their values came, for `encode` to give them back as delivered. Which cells have a value is
 * kept only while building, to find two values for one cell.
 */
const cellSink = (lists: readonly ListRecord[], most: number, fallback: boolean): Sink => {
  const { strides, cells } = cellsOf(lists)
  const bits = new Uint8Array(Math.ceil(cells / 8)).fill(fallback ? 0xff : 0)
  const given = new Uint8Array(bits.length)
  const order = new Int32Array(most)
  let count = 0
  return {
    put: (_key, indexes, value) => {
      let cell = 0
      for (let d = 0; d < strides.length; d++) cell += (indexes[d] ?? 0) * (strides[d] ?? 0)
      const byte = cell >>> 3
      const bit = 1 << (cell & 7)
      if (((given[byte] as number) & bit) !== 0) return false
      given[byte] = (given[byte] as number) | bit
      bits[byte] = value ? (bits[byte] as number) | bit : (bits[byte] as number) & ~bit
      order[count++] = cell
      return true
    },
    values: () => cellValues(lists, strides, cells, bits, order.slice(0, count)),
  }
}

/** The path of a driver value's field, spelled only when reported. */
const valuePath = (at: string, i: number, field: string): string => `${at}.values[${i}]${field}`

/** What a value's coordinates may name: the driver's dimensions (as a Set too), the list of each (undefined for `users`), and the users. */
interface Known {
  readonly dimensions: readonly string[]
  readonly lists: readonly (ListRecord | undefined)[]
  readonly named: ReadonlySet<string>
  readonly users: ReadonlyMap<string, unknown>
}

/**
 * Whether the value names an item of every list dimension (and a user for `users`), writing its
 * coordinates into `key` and the items' numbers into `indexes`; reports what is wrong.
 */
const coordinates = (
  value: DriverValueInput,
  at: string,
  i: number,
  known: Known,
  key: string[],
  indexes: number[],
  problems: Problems,
): boolean => {
  const items = value.items
  const dimensions = known.dimensions
  let ok = true
  // Each own key of `items`, in the order Object.keys lists them, without an array per value.
  if (items !== undefined)
    for (const list in items)
      if (Object.hasOwn(items, list) && !known.named.has(list)) {
        problems.report('invalid_value', valuePath(at, i, `.items.${list}`), `the driver is not dimensioned by '${list}'`)
        ok = false
      }
  if (value.user !== undefined && !known.named.has(usersDimension)) {
    problems.report('invalid_value', valuePath(at, i, '.user'), 'the driver is not dimensioned by users')
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
    } else {
      const index = list.items.get(item as ItemId)
      ok = (index !== undefined || dangling(item, valuePath(at, i, `.items.${dimension}`), `item of list '${dimension}'`, problems)) && ok
      indexes[d] = index ?? 0
    }
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

/** Locks the nested value maps, `levels` deep, innermost first (their leaves are Booleans), with a stack rather than recursion. */
const lockTree = (root: Map<string, DriverValues>, levels: number): ReadonlyMap<string, DriverValues> => {
  const found: Map<string, DriverValues>[] = []
  let level: Map<string, DriverValues>[] = [root]
  for (let depth = 1; depth < levels && level.length > 0; depth++) {
    for (const node of level) found.push(node)
    const next: Map<string, DriverValues>[] = []
    for (const node of level) for (const child of node.values()) if (child instanceof Map) next.push(child as Map<string, DriverValues>)
    level = next
  }
  for (const node of level) found.push(node)
  for (let i = found.length - 1; i >= 0; i--) lock(found[i] as Map<string, DriverValues>)
  return root
}
