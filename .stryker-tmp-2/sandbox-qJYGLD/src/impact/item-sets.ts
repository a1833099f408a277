// @ts-nocheck
import type { ItemId, ListId } from '../domain/ids.js'
import type { CellSet } from './types.js'

type Box = number[][]

const keyWithout = (box: Box, skip: number): string => box.map((items, d) => (d === skip ? '' : items.join(','))).join('|')

/**
 * Cells (one item number per dimension) as few boxes: one pass per dimension merges the boxes that
 * agree on every other dimension, so a row or a block of cells becomes one box. The boxes cover
 * exactly the cells given and do not overlap.
 *
 * @example
 * ```ts
 * boxesOf([[0, 0], [0, 1], [1, 0], [1, 1]]) // [[[0, 1], [0, 1]]]
 * ```
 */
export const boxesOf = (cells: readonly (readonly number[])[]): readonly Box[] => {
  let boxes: Box[] = cells.map((cell) => cell.map((index) => [index]))
  const dimensions = cells[0]?.length ?? 0
  for (let d = dimensions - 1; d >= 0; d--) {
    const merged = new Map<string, Box>()
    for (const box of boxes) {
      const key = keyWithout(box, d)
      const into = merged.get(key)
      if (into === undefined) merged.set(key, box.map((items) => [...items]))
      else into[d]?.push(...(box[d] ?? []))
    }
    boxes = [...merged.values()]
  }
  return boxes.map((box) => box.map((items) => [...new Set(items)].sort((a, b) => a - b)))
}

/**
 * Boxes of item numbers as a {@link CellSet}: ids, and `'all'` for a dimension a box spans whole.
 *
 * @example
 * ```ts
 * cellSetOf([id.list('region')], [[id.item('emea'), id.item('apac')]], boxesOf([[0], [1]])) // { dimensions: ['region'], boxes: [['all']] }
 * ```
 */
export const cellSetOf = (dimensions: readonly ListId[], items: readonly (readonly ItemId[])[], boxes: readonly Box[]): CellSet => ({
  dimensions,
  boxes: boxes.map((box) =>
    box.map((indexes, d) => {
      const all = items[d] ?? []
      return indexes.length === all.length ? 'all' : indexes.flatMap((index) => all[index] ?? [])
    }),
  ),
})
