import type { DriverTable } from './layers.js'

/**
 * Everything the count needs, per dimension and per driver, already reduced to yes/no.
 *
 * @example
 * ```ts
 * const plan: CountPlan = { sizes: [2], itemOk: [Uint8Array.of(1, 0)], read: undefined, write: undefined, driverOk: Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0) }
 * ```
 */
export interface CountPlan {
  /** Items per dimension. */
  readonly sizes: readonly number[]
  /** Per dimension: 1 where the item's selective-access level reaches the requirement; undefined: every item does. */
  readonly itemOk: readonly (Uint8Array | undefined)[]
  readonly read: DriverTable | undefined
  readonly write: DriverTable | undefined
  /** Whether a cell passes dynamic cell access, by `3 × read + write` with 0 no driver, 1 false, 2 true. */
  readonly driverOk: Uint8Array
}

const noDriver: DriverTable = { values: new Uint8Array(1), strides: [] }

/** Without drivers, every cell whose items all pass counts: the product of the passing items per dimension. */
const passing = (plan: CountPlan): number => {
  let product = 1
  for (let d = 0; d < plan.sizes.length; d++) {
    const size = plan.sizes[d] ?? 0
    const itemOk = plan.itemOk[d]
    let passed = itemOk === undefined ? size : 0
    if (itemOk !== undefined) for (let i = 0; i < size; i++) passed += itemOk[i] === 1 ? 1 : 0
    product *= passed
  }
  return product
}

/**
 * Counts the cells that pass every item-dependent layer, visiting only cells whose items all pass
 * selective access; the innermost dimension is a tight loop over typed arrays. Without drivers it
 * multiplies the passing items of each dimension instead.
 *
 * @example
 * ```ts
 * countCells(plan) // 1: one item passes, no drivers
 * ```
 */
export const countCells = (plan: CountPlan): number => {
  const n = plan.sizes.length
  const read = plan.read ?? noDriver
  const write = plan.write ?? noDriver
  const readBase = plan.read === undefined ? 0 : 1
  const writeBase = plan.write === undefined ? 0 : 1
  const ok = (r: number, w: number): number => plan.driverOk[3 * (readBase + readBase * r) + writeBase + writeBase * w] ?? 0
  if (n === 0) return ok(read.values[0] ?? 0, write.values[0] ?? 0)
  if (plan.read === undefined && plan.write === undefined) return ok(0, 0) * passing(plan)
  const visit = (d: number, readAt: number, writeAt: number): number => {
    const size = plan.sizes[d] ?? 0
    const itemOk = plan.itemOk[d]
    const readStride = read.strides[d] ?? 0
    const writeStride = write.strides[d] ?? 0
    let total = 0
    if (d === n - 1) {
      for (let i = 0; i < size; i++)
        if (itemOk === undefined || itemOk[i] === 1) total += ok(read.values[readAt + i * readStride] ?? 0, write.values[writeAt + i * writeStride] ?? 0)
      return total
    }
    for (let i = 0; i < size; i++) if (itemOk === undefined || itemOk[i] === 1) total += visit(d + 1, readAt + i * readStride, writeAt + i * writeStride)
    return total
  }
  return visit(0, 0, 0)
}
