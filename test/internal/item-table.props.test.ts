import fc from 'fast-check'
import { expect, it } from 'vitest'
import { itemTable, readSlot, unknownSlot, writeSlot } from '../../src/internal/item-table.js'

it('an item table reads back the last value written to each item, and unknown elsewhere', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 200 }).chain((size) =>
        fc.tuple(fc.constant(size), fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.constantFrom(0, 1, 2)), { maxLength: 300 })),
      ),
      ([size, writes]) => {
        const table = itemTable(size)
        const model: number[] = new Array<number>(size).fill(unknownSlot)
        for (const [index, value] of writes) {
          writeSlot(table, index, value)
          model[index] = value
        }
        expect(Array.from({ length: size }, (_, index) => readSlot(table, index))).toEqual(model)
      },
    ),
    { numRuns: 300 },
  )
})

it('takes two bits an item: a million items in 250,000 bytes', () => {
  expect(itemTable(1_000_000).byteLength).toBe(250_000)
  expect(itemTable(5).byteLength).toBe(2)
})
