// @ts-nocheck
import { usersDimension, type CellValues, type ListRecord } from './types.js'

/** The most cells a driver keeps as bits: cell numbers stay 32-bit integers. */
const mostCells = 2 ** 31 - 1

/** Below this many bytes of bits, a driver over lists keeps bits whatever its count of values. */
const smallTable = 2 ** 20

/**
 * The cells of a driver over these lists: each dimension's stride (the last dimension varies fastest)
 * and their count, the product of the lists' sizes.
 *
 * @example
 * ```ts
 * cellsOf([costCentres, products]) // { strides: [1000, 1], cells: 10_000_000 } for 10,000 × 1,000
 * ```
 */
export const cellsOf = (lists: readonly ListRecord[]): { readonly strides: readonly number[]; readonly cells: number } => {
  const strides = lists.map(() => 0)
  let cells = 1
  for (let d = lists.length - 1; d >= 0; d--) {
    strides[d] = cells
    cells *= lists[d]?.ids.length ?? 0
  }
  return { strides, cells }
}

/**
 * Whether a driver keeps its values as one bit a cell ({@link CellValues}) rather than in nested maps:
 * when it is dimensioned by lists only, each named once, of at most 2^31 cells, and it is given as a
 * bitmap, or its bits take at most 1 MiB, or at most 32 bytes for each value it is given (nested maps
 * take about 100 bytes a value). Decided from the dimensions and the lists' sizes alone, so that the
 * input and the compiled world agree on it.
 *
 * @example
 * ```ts
 * keptByCell(['costCentres', 'products'], [10_000, 1_000], 5_000_000, false) // true: 1.25 MB of bits
 * keptByCell(['costCentres', 'products'], [1_000_000, 1_000_000], 10, false) // false: a few values among 10^12 cells
 * ```
 */
export const keptByCell = (dimensions: readonly string[], sizes: readonly number[], values: number, bitmap: boolean): boolean => {
  if (dimensions.length === 0 || dimensions.includes(usersDimension) || new Set(dimensions).size !== dimensions.length) return false
  let cells = 1
  for (const size of sizes) cells *= size
  return cells <= mostCells && (bitmap || cells / 8 <= Math.max(smallTable, 32 * values))
}

/**
 * The frozen record over a driver's bits (the default already applied) and the cells given a value in
 * the order they came (undefined for a bitmap); built apart from the sink, so that it keeps only what
 * it reads.
 *
 * @example
 * ```ts
 * const values = cellValues([region], [1], 3, Uint8Array.of(0b100), Int32Array.of(2))
 * values.at(2) // true
 * ```
 */
export const cellValues = (lists: readonly ListRecord[], strides: readonly number[], cells: number, bits: Uint8Array, delivered: Int32Array | undefined): CellValues => {
  const at = (cell: number): boolean => (cell | 0) === cell && cell >= 0 && cell < cells && (((bits[cell >>> 3] as number) >>> (cell & 7)) & 1) === 1
  const bitmap = (): Uint8Array => {
    const copy = bits.slice()
    const spare = cells & 7
    if (spare !== 0) copy[copy.length - 1] = (copy[copy.length - 1] as number) & ((1 << spare) - 1)
    return copy
  }
  return Object.freeze({
    tag: 'byCell',
    lists: Object.freeze([...lists]),
    strides: Object.freeze([...strides]),
    cells,
    form: delivered === undefined ? 'bitmap' : 'values',
    at: Object.freeze(at),
    delivered: Object.freeze(() => (delivered === undefined ? [] : Array.from(delivered))),
    bitmap: Object.freeze(bitmap),
  })
}
