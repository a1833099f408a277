// @ts-nocheck
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

const noDriver: DriverTable = { bits: new Uint8Array(1), strides: [] }

/** The first item of dimension `d` from `from` on that passes selective access, or the dimension's size when none does. */
const nextOk = (plan: CountPlan, d: number, from: number): number => {
  const size = plan.sizes[d] ?? 0
  const itemOk = plan.itemOk[d]
  let i = from
  if (itemOk !== undefined) while (i < size && itemOk[i] !== 1) i++
  return i
}

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

/** The numbers of the items of dimension `d` that pass selective access. */
const innerItems = (plan: CountPlan, d: number): Int32Array => {
  const size = plan.sizes[d] ?? 0
  const items = new Int32Array(size)
  let count = 0
  for (let i = nextOk(plan, d, 0); i < size; i = nextOk(plan, d, i + 1)) items[count++] = i
  return items.subarray(0, count)
}

/**
 * Counts the cells that pass every item-dependent layer, visiting only cells whose items all pass
 * selective access: the innermost dimension is a tight loop, the outer ones an odometer (no recursion,
 * so a module of thousands of lists is counted too). Without drivers it multiplies the passing items
 * of each dimension instead.
 *
 * @example
 * ```ts
 * countCells(plan) // 1: one item passes, no drivers
 * ```
 */
export const countCells = (plan: CountPlan): number => {
  const n = plan.sizes.length
  const read = (plan.read ?? noDriver).bits
  const write = (plan.write ?? noDriver).bits
  const readStrides = plan.read?.strides ?? []
  const writeStrides = plan.write?.strides ?? []
  // The verdict of each (read, write) pair of bits, at 2 × read + write.
  const readBase = plan.read === undefined ? 0 : 1
  const writeBase = plan.write === undefined ? 0 : 1
  const pass = Uint8Array.from({ length: 4 }, (_, k) => plan.driverOk[3 * (readBase + readBase * (k >> 1)) + writeBase + writeBase * (k & 1)] ?? 0)
  const bit = (bits: Uint8Array, offset: number): number => ((bits[offset >>> 3] as number) >>> (offset & 7)) & 1
  if (n === 0) return pass[2 * bit(read, 0) + bit(write, 0)] as number
  if (plan.read === undefined && plan.write === undefined) return (pass[0] as number) * passing(plan)
  const last = n - 1
  const at = new Float64Array(last)
  for (let d = 0; d < last; d++) if ((at[d] = nextOk(plan, d, 0)) >= (plan.sizes[d] ?? 0)) return 0
  // The innermost dimension's items that pass selective access, listed once.
  const inner = innerItems(plan, last)
  const readStride = readStrides[last] ?? 0
  const writeStride = writeStrides[last] ?? 0
  let total = 0
  for (;;) {
    let readAt = 0
    let writeAt = 0
    for (let d = 0; d < last; d++) {
      readAt += (at[d] as number) * (readStrides[d] ?? 0)
      writeAt += (at[d] as number) * (writeStrides[d] ?? 0)
    }
    for (let k = 0; k < inner.length; k++) {
      const i = inner[k] as number
      const r = readAt + i * readStride
      const w = writeAt + i * writeStride
      total += pass[((((read[r >>> 3] as number) >>> (r & 7)) & 1) << 1) | (((write[w >>> 3] as number) >>> (w & 7)) & 1)] as number
    }
    let d = last - 1
    for (; d >= 0; d--) {
      if ((at[d] = nextOk(plan, d, (at[d] as number) + 1)) < (plan.sizes[d] ?? 0)) break
      at[d] = nextOk(plan, d, 0)
    }
    if (d < 0) return total
  }
}
