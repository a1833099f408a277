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

/** Counts the passing cells of one row: the drivers' bits, and where the row starts in each. */
type RowCount = (read: Uint8Array, readAt: number, write: Uint8Array, writeAt: number) => number

/** A row cell by cell, over the innermost items that pass selective access, each cell's pair of bits read by its strides. */
const cellCounter = (plan: CountPlan, last: number, pass: Uint8Array, readStride: number, writeStride: number): RowCount => {
  const inner = innerItems(plan, last)
  return (read, readAt, write, writeAt) => {
    let total = 0
    for (let k = 0; k < inner.length; k++) {
      const i = inner[k] as number
      const r = readAt + i * readStride
      const w = writeAt + i * writeStride
      total += pass[((((read[r >>> 3] as number) >>> (r & 7)) & 1) << 1) | (((write[w >>> 3] as number) >>> (w & 7)) & 1)] as number
    }
    return total
  }
}

/** The byte at `i`, 0 past the end. */
const byteAt = (bytes: Uint8Array, i: number): number => (i < bytes.length ? (bytes[i] as number) : 0)

/** The 32 bits from bit `b` on (bit `b` lowest), 0 past the end. */
const wordAt = (bytes: Uint8Array, b: number): number => {
  const i = b >>> 3
  const shift = b & 7
  const low = byteAt(bytes, i) | (byteAt(bytes, i + 1) << 8) | (byteAt(bytes, i + 2) << 16) | (byteAt(bytes, i + 3) << 24)
  return shift === 0 ? low : (low >>> shift) | (byteAt(bytes, i + 4) << (32 - shift))
}

/** The number of bits set in a 32-bit word. */
const bitCount = (word: number): number => {
  let v = word - ((word >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/**
 * A row 32 cells at a time: each driver's bits along the row as words (stride 1) or one bit spread to
 * a word (stride 0), combined by the verdict of each (read, write) pair, kept where the innermost
 * item passes selective access, and counted.
 */
const rowCounter = (plan: CountPlan, last: number, pass: Uint8Array, readStride: number, writeStride: number): RowCount => {
  const size = plan.sizes[last] ?? 0
  const words = Math.ceil(size / 32)
  // Which innermost items pass selective access, one bit each (none past the row's end).
  const passing = new Int32Array(words)
  const itemOk = plan.itemOk[last]
  for (let i = 0; i < size; i++) if (itemOk === undefined || itemOk[i] === 1) passing[i >>> 5] = (passing[i >>> 5] as number) | (1 << (i & 31))
  // The verdict of each pair (read, write) as a mask: all ones when the pair passes.
  const [none, writeOnly, readOnly, both] = [0, 1, 2, 3].map((k) => (pass[k] === 1 ? -1 : 0)) as [number, number, number, number]
  const spread = (bits: Uint8Array, b: number): number => -(((bits[b >>> 3] as number) >>> (b & 7)) & 1)
  return (read, readAt, write, writeAt) => {
    let total = 0
    const readRow = readStride === 0 ? spread(read, readAt) : 0
    const writeRow = writeStride === 0 ? spread(write, writeAt) : 0
    for (let w = 0; w < words; w++) {
      const r = readStride === 0 ? readRow : wordAt(read, readAt + 32 * w)
      const x = writeStride === 0 ? writeRow : wordAt(write, writeAt + 32 * w)
      total += bitCount((passing[w] as number) & ((~r & ~x & none) | (~r & x & writeOnly) | (r & ~x & readOnly) | (r & x & both)))
    }
    return total
  }
}

/**
 * Counts the cells that pass every item-dependent layer, visiting only rows whose outer items all pass
 * selective access: the innermost dimension is a tight loop (32 cells at a time where the drivers' bits
 * allow), the outer ones an odometer (no recursion, so a module of thousands of lists is counted too).
 * Without drivers it multiplies the passing items of each dimension instead.
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
  const readStride = readStrides[last] ?? 0
  const writeStride = writeStrides[last] ?? 0
  // A row (the innermost dimension at fixed outer items) is counted 32 cells at a time when each driver's bits along it are
  // consecutive (stride 1) or one bit (stride 0); else cell by cell, over the innermost items that pass selective access.
  const row = readStride <= 1 && writeStride <= 1 ? rowCounter(plan, last, pass, readStride, writeStride) : cellCounter(plan, last, pass, readStride, writeStride)
  let total = 0
  for (;;) {
    let readAt = 0
    let writeAt = 0
    for (let d = 0; d < last; d++) {
      readAt += (at[d] as number) * (readStrides[d] ?? 0)
      writeAt += (at[d] as number) * (writeStrides[d] ?? 0)
    }
    total += row(read, readAt, write, writeAt)
    let d = last - 1
    for (; d >= 0; d--) {
      if ((at[d] = nextOk(plan, d, (at[d] as number) + 1)) < (plan.sizes[d] ?? 0)) break
      at[d] = nextOk(plan, d, 0)
    }
    if (d < 0) return total
  }
}
