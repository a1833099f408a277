import type { DriverId, ItemId, ListId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { DriverInput, DriverValueInput } from '../input/tenant.js'
import { usersDimension, type DriverRecord, type DriverValues, type ListRecord } from './types.js'

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
    const root = new Map<string, DriverValues>()
    let global: boolean | undefined
    ;(driver.values ?? []).forEach((value, i) => {
      const key = coordinates(value, at, i, dimensions, lists, users, problems)
      if (key === undefined) return
      if (key.length === 0) {
        if (global !== undefined) problems.report('duplicate_id', `${at}.values[${i}]`, 'a global driver has one value')
        global ??= value.value
        return
      }
      if (!setLeaf(root, key, value.value)) problems.report('duplicate_id', `${at}.values[${i}]`, 'two values for one driver cell')
    })
    return { id: driver.id as DriverId, dimensions, values: dimensions.length === 0 ? (global ?? false) : root }
  })

/** The path of a driver value's field, spelled only when reported. */
const valuePath = (at: string, i: number, field: string): string => `${at}.values[${i}]${field}`

/** The value's coordinates in dimension order, or undefined after reporting what is wrong. */
const coordinates = (
  value: DriverValueInput,
  at: string,
  i: number,
  dimensions: readonly string[],
  lists: ReadonlyMap<ListId, ListRecord>,
  users: ReadonlyMap<string, unknown>,
  problems: Problems,
): readonly string[] | undefined => {
  const items = value.items ?? {}
  let ok = true
  for (const list of Object.keys(items))
    if (!dimensions.includes(list)) {
      problems.report('invalid_value', valuePath(at, i, `.items.${list}`), `the driver is not dimensioned by '${list}'`)
      ok = false
    }
  const key: string[] = []
  for (const dimension of dimensions) {
    if (dimension === usersDimension) {
      if (value.user === undefined) {
        problems.report('invalid_value', valuePath(at, i, '.user'), 'a users-dimensioned driver value needs a user')
        ok = false
      } else ok = (users.has(value.user) || dangling(value.user, valuePath(at, i, '.user'), 'user', problems)) && ok
      key.push(value.user ?? '')
      continue
    }
    const item = Object.hasOwn(items, dimension) ? items[dimension] : undefined
    const list = lists.get(dimension as ListId)
    if (item === undefined || list === undefined) {
      problems.report('invalid_value', valuePath(at, i, '.items'), `missing an item of list '${dimension}'`)
      ok = false
    } else ok = (list.items.has(item as ItemId) || dangling(item, valuePath(at, i, `.items.${dimension}`), `item of list '${dimension}'`, problems)) && ok
    key.push(item ?? '')
  }
  return ok ? key : undefined
}

const setLeaf = (root: Map<string, DriverValues>, key: readonly string[], value: boolean): boolean => {
  let node = root
  for (let depth = 0; depth < key.length - 1; depth++) {
    const part = key[depth] ?? ''
    const next = node.get(part)
    const child = next instanceof Map ? (next as Map<string, DriverValues>) : new Map<string, DriverValues>()
    node.set(part, child)
    node = child
  }
  const last = key[key.length - 1] ?? ''
  if (node.has(last)) return false
  node.set(last, value)
  return true
}
