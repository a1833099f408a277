// @ts-nocheck
import { id, type DriverId, type ItemId, type ListId } from '../domain/ids.js'
import type { CellResource } from '../domain/resource.js'
import type { Actor } from '../domain/subject.js'
import { driverValue } from '../rules/dynamicCellAccess/drivers.js'
import { bypassesSelectiveAccess, selectiveAccessGrants } from '../rules/shared/selective-access.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import { isCellValues, type DriverRecord, type ListRecord, type ModelRecord, type ModuleRecord, type SelectiveAccessGrants, type TenantSnapshot } from '../snapshot/tenant/types.js'

/**
 * The selective-access level of every item of a list: the maximum of the item's own grant and its
 * ancestors' (F45c, F45e), the ancestors' levels computed first, once per list, then one pass over the
 * list and one over the actor's grants on it. The same level as `effectiveLevel` (`src/rules/shared/selective-access.ts`) item by item
 * (B1), without walking each item's chain of parents.
 */
const listLevels = (model: ModelRecord, grants: SelectiveAccessGrants | undefined, list: ListRecord, known: Map<ListId, Uint8Array>): Uint8Array => {
  const cached = known.get(list.id)
  if (cached !== undefined) return cached
  const levels = new Uint8Array(list.ids.length)
  const parent = list.parent === undefined ? undefined : model.lists.get(list.parent)
  if (parent !== undefined && grants !== undefined) {
    const above = listLevels(model, grants, parent, known)
    for (let index = 0; index < levels.length; index++) {
      const at = list.parents[index] ?? -1
      if (at >= 0) levels[index] = above[at] ?? 0
    }
  }
  for (const [item, rank] of grants?.get(list.id) ?? []) {
    const index = list.items.get(item)
    if (index !== undefined && rank > (levels[index] ?? 0)) levels[index] = rank
  }
  known.set(list.id, levels)
  return levels
}

/**
 * The selective-access level of every item of each dimension, for one actor: `undefined` for a
 * dimension that does not limit the actor (a list without selective access, or an actor who bypasses
 * it, A2). Computed from the same grants as the selective-access module (`selectiveAccessGrants`,
 * `bypassesSelectiveAccess`; F45, I10, I11), indexed by item number, in the list's order.
 *
 * @example
 * ```ts
 * const [costCentres, products] = selectiveAccessVectors(world, tenant, model, module, ana)
 * ```
 */
export const selectiveAccessVectors = (
  world: Snapshot,
  tenant: TenantSnapshot,
  model: ModelRecord,
  module: ModuleRecord,
  actor: Actor,
): readonly (Uint8Array | undefined)[] => {
  const limited = module.selectiveAccessLists.length > 0 && !bypassesSelectiveAccess(world, tenant, actor, model)
  const grants = selectiveAccessGrants(model, actor)
  const known = new Map<ListId, Uint8Array>()
  return module.lists.map((listId) => {
    const list = model.lists.get(listId)
    if (!limited || list === undefined || !module.selectiveAccessLists.includes(listId)) return undefined
    return listLevels(model, grants, list, known)
  })
}

/**
 * A driver's value for every combination of the module's dimensions it is dimensioned by, one bit each.
 *
 * @example
 * ```ts
 * const offset = table.strides.reduce((sum, stride, d) => sum + stride * indexes[d], 0)
 * const value = ((table.bits[offset >>> 3] >>> (offset & 7)) & 1) === 1
 * ```
 */
export interface DriverTable {
  /** The value at offset Σ index[d] × strides[d] is bit `offset & 7` of byte `offset >> 3`. */
  readonly bits: Uint8Array
  /** One stride per module dimension; 0 for a dimension the driver does not depend on. */
  readonly strides: readonly number[]
}

/**
 * The values of one access driver over the module's dimensions, for one actor (a `users` dimension
 * takes the actor, F47, A33), read with the same lookup as the dynamic-cell-access module. A driver
 * kept by cell number over lists of the module is read in place, its strides laid over the module's
 * dimensions (`items[d]` holds the list's items in the list's order, so an item's place is its
 * number) from a copy of its bits; any other is evaluated once per combination of its dimensions'
 * items. `undefined` when the line item has no such driver.
 *
 * @example
 * ```ts
 * const read = driverTable(model, slice, lineItem.readDriver, module.lists, items, ana)
 * ```
 */
export const driverTable = (
  model: ModelRecord,
  cell: Omit<CellResource, 'items' | 'kind'>,
  driverId: DriverId | undefined,
  dimensions: readonly ListId[],
  items: readonly (readonly ItemId[])[],
  actor: Actor,
): DriverTable | undefined => {
  const driver = driverId === undefined ? undefined : model.drivers.get(driverId)
  if (driver === undefined) return undefined
  const values = driver.values
  if (isCellValues(values)) {
    const positions = values.lists.map((list) => dimensions.indexOf(list.id))
    if (!positions.includes(-1)) return { bits: values.bitmap(), strides: dimensions.map((_, d) => values.strides[positions.indexOf(d)] ?? 0) }
  }
  return evaluated(driver, cell, dimensions, items, actor)
}

/** A driver evaluated at every combination of its dimensions' items. */
const evaluated = (
  driver: DriverRecord,
  cell: Omit<CellResource, 'items' | 'kind'>,
  dimensions: readonly ListId[],
  items: readonly (readonly ItemId[])[],
  actor: Actor,
): DriverTable => {
  const own = dimensions.map((list, d) => (driver.dimensions.includes(list) ? d : -1)).filter((d) => d >= 0)
  const strides = dimensions.map(() => 0)
  let size = 1
  for (let k = own.length - 1; k >= 0; k--) {
    const d = own[k] ?? 0
    strides[d] = size
    size *= items[d]?.length ?? 0
  }
  const bits = new Uint8Array(Math.ceil(size / 8))
  const table = { bits, strides }
  if (size === 0) return table
  const at = own.map(() => 0)
  const coordinates: Record<string, ItemId> = Object.fromEntries(own.map((d) => [dimensions[d] ?? '', items[d]?.[0] ?? id.item('')]))
  const probe: CellResource = { kind: 'cell', ...cell, items: coordinates }
  for (let offset = 0; offset < size; offset++) {
    if (driverValue(driver, probe, actor)) bits[offset >>> 3] = (bits[offset >>> 3] as number) | (1 << (offset & 7))
    for (let k = own.length - 1; k >= 0; k--) {
      const d = own[k] ?? 0
      const along = items[d] ?? []
      const next = (at[k] ?? 0) + 1
      at[k] = next === along.length ? 0 : next
      coordinates[dimensions[d] ?? ''] = along[at[k] ?? 0] ?? id.item('')
      if (next !== along.length) break
    }
  }
  return table
}
