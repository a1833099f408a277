// @ts-nocheck
import { omit } from '../internal/omit.js'
import type { DriverInput, DriverValueInput, ModelInput } from './input/tenant.js'
import type { WorldInput } from './input/world.js'
import { keptByCell } from './tenant/cell-bits.js'
import { usersDimension } from './tenant/types.js'

const present = (value: object, key: string): boolean => Object.hasOwn(value, key) && Reflect.get(value, key) !== undefined

/** Whether a record's only own key is `key`. */
const onlyKey = (record: Readonly<Record<string, string>>, key: string): boolean => {
  let count = 0
  for (const own in record) if (Object.hasOwn(record, own)) count++
  return count === 1 && Object.hasOwn(record, key)
}

/**
 * Whether `encode` can read a driver's values back from its nested maps exactly as delivered: one
 * dimension, and each value naming its cell by that dimension alone (`items` with the one list, or `user`).
 *
 * @example
 * ```ts
 * readableDriver({ id: 'd', dimensions: ['region'], values: [{ items: { region: 'emea' }, value: true }] }) // true
 * readableDriver({ id: 'd', dimensions: ['region', 'users'], values: [] }) // false
 * ```
 */
export const readableDriver = (driver: DriverInput): boolean => {
  const [dimension, ...more] = driver.dimensions ?? []
  if (dimension === undefined || more.length > 0) return false
  const canonical =
    dimension === usersDimension
      ? (value: DriverValueInput): boolean => !present(value, 'items')
      : (value: DriverValueInput): boolean => value.items !== undefined && !present(value, 'user') && onlyKey(value.items, dimension)
  return (driver.values ?? []).every(canonical)
}

/**
 * Whether a driver keeps its values by cell number ({@link keptByCell}), with the model's lists' sizes
 * as delivered: its record then gives back its values, default and bitmap.
 *
 * @example
 * ```ts
 * const drop = driverByCell(driver, new Map([['region', 3]]))
 * ```
 */
export const driverByCell = (driver: DriverInput, sizes: ReadonlyMap<string, number>): boolean => {
  const dimensions = driver.dimensions ?? []
  return keptByCell(dimensions, dimensions.map((d) => sizes.get(d) ?? 0), driver.values?.length ?? 0, driver.bitmap !== undefined)
}

/**
 * A driver as kept: kept by cell number, without its bitmap, or its values left empty (their place
 * kept); read back by `encode` from nested maps, its values left empty; else as delivered.
 */
const keptDriver = (driver: DriverInput, sizes: ReadonlyMap<string, number>): DriverInput => {
  if (driverByCell(driver, sizes) && driver.bitmap !== undefined) return omit(driver, ['bitmap'])
  return driver.values !== undefined && (driverByCell(driver, sizes) || readableDriver(driver)) ? { ...driver, values: [] } : driver
}

/**
 * A model as kept: no roles held or grants, and list items and the driver values encode reads back
 * left out (they are in the records).
 *
 * @example
 * ```ts
 * keptModel(model).assignments // undefined: encode reads them from the record
 * ```
 */
export const keptModel = (model: ModelInput): ModelInput => {
  const structure = omit(model, ['assignments', 'selectiveAccess'])
  const lists = model.lists?.map((list) => (list.items === undefined ? list : { ...list, items: [] }))
  const sizes = new Map((model.lists ?? []).map((list) => [list.id, list.items?.length ?? 0]))
  const drivers = model.drivers?.map((driver) => keptDriver(driver, sizes))
  return { ...structure, ...(lists === undefined ? {} : { lists }), ...(drivers === undefined ? {} : { drivers }) }
}

/**
 * What a snapshot keeps of its input, as a shallow view of it: all but the parts a large world holds by
 * the million and `encode` reads from the compiled records instead, namely the tenant's users and
 * workspaces (empty here), each model's assignments and selective-access grants (left out), each list's
 * items and the values of each driver `encode` can read back ({@link readableDriver}) (an empty array
 * where the input has one). Compile keeps a frozen copy of this view.
 *
 * @example
 * ```ts
 * keptInput({ tenant: { users: [ana], workspaces: [], models: [] } }) // { tenant: { users: [], workspaces: [], models: [] } }
 * ```
 */
export const keptInput = (input: WorldInput): WorldInput =>
  input.tenant === undefined ? input : { ...input, tenant: { ...input.tenant, users: [], workspaces: [], models: input.tenant.models.map(keptModel) } }
