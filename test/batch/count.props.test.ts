// countCells, however it walks a row (32 cells at a time or cell by cell), counts exactly the cells whose items pass and whose drivers' bits pass.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countCells, type CountPlan } from '../../src/batch/count.js'
import type { DriverTable } from '../../src/batch/layers.js'

/** The definition: every cell, its items' selective access and the verdict of its pair of driver bits. */
const naive = (plan: CountPlan): number => {
  const bit = (table: DriverTable | undefined, indexes: readonly number[]): number => {
    if (table === undefined) return 0
    const offset = indexes.reduce((sum, i, d) => sum + i * (table.strides[d] ?? 0), 0)
    return ((table.bits[offset >>> 3] ?? 0) >>> (offset & 7)) & 1
  }
  const cells = plan.sizes.reduce<number[][]>((acc, size) => acc.flatMap((prefix) => Array.from({ length: size }, (_, i) => [...prefix, i])), [[]])
  return cells.filter((indexes) => {
    if (!indexes.every((i, d) => plan.itemOk[d] === undefined || plan.itemOk[d]?.[i] === 1)) return false
    const read = plan.read === undefined ? 0 : 1 + bit(plan.read, indexes)
    const write = plan.write === undefined ? 0 : 1 + bit(plan.write, indexes)
    return plan.driverOk[3 * read + write] === 1
  }).length
}

/**
 * A driver over some of the dimensions, with the strides a driver kept by cell number has (the last
 * dimension fastest, 0 for a dimension it does not depend on) or, now and then, arbitrary ones.
 */
const table = (sizes: readonly number[]): fc.Arbitrary<DriverTable> =>
  fc.tuple(fc.array(fc.boolean(), { minLength: sizes.length, maxLength: sizes.length }), fc.option(fc.array(fc.integer({ min: 0, max: 70 }), { minLength: sizes.length, maxLength: sizes.length }), { nil: undefined })).chain(([depends, arbitrary]) => {
    const strides = sizes.map(() => 0)
    let cells = 1
    for (let d = sizes.length - 1; d >= 0; d--)
      if (depends[d] === true) {
        strides[d] = cells
        cells *= sizes[d] ?? 0
      }
    const used = arbitrary ?? strides
    const span = arbitrary === undefined ? cells : sizes.reduce((sum, size, d) => sum + (size - 1) * (used[d] ?? 0), 1)
    return fc.uint8Array({ minLength: Math.ceil(span / 8), maxLength: Math.ceil(span / 8) }).map((bits) => ({ bits, strides: used }))
  })

const plan: fc.Arbitrary<CountPlan> = fc
  .array(fc.integer({ min: 1, max: 75 }), { minLength: 1, maxLength: 3 })
  .filter((sizes) => sizes.reduce((a, b) => a * b, 1) <= 6_000)
  .chain((sizes) =>
    fc.record({
      sizes: fc.constant(sizes),
      itemOk: fc.tuple(...sizes.map((size) => fc.option(fc.uint8Array({ min: 0, max: 1, minLength: size, maxLength: size }), { nil: undefined, freq: 3 }))),
      read: fc.option(table(sizes), { nil: undefined, freq: 4 }),
      write: fc.option(table(sizes), { nil: undefined, freq: 4 }),
      driverOk: fc.uint8Array({ min: 0, max: 1, minLength: 9, maxLength: 9 }),
    }),
  )

describe('countCells', () => {
  it('B4 counts exactly the cells whose items pass selective access and whose pair of driver bits passes, rows longer than a word included', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(countCells(p)).toBe(naive(p))
      }),
      { numRuns: 300 },
    )
  })
})
