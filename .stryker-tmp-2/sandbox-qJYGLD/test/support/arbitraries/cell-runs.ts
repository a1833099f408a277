// @ts-nocheck
import fc from 'fast-check'
import { id, resource, type CellResource } from '../../../src/index.js'
import { cellsOf, modelOf } from '../planning-props.js'
import type { PlanningWorld } from './planning.js'

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0]

/** A cell with one of its ids replaced, or its items changed: what a caller may send that the world does not hold. */
const variants: readonly ((cell: CellResource, list: string | undefined) => CellResource)[] = [
  (cell) => ({ ...cell, model: id.model('other') }),
  (cell) => ({ ...cell, module: id.module('M9') }),
  (cell) => ({ ...cell, version: id.version('V9') }),
  (cell) => ({ ...cell, lineItem: id.lineItem('nope') }),
  (cell) => ({ ...cell, version: id.version('V9'), lineItem: id.lineItem('nope') }),
  (cell) => ({ ...cell, module: id.module('M9'), version: id.version('V9'), lineItem: id.lineItem('nope') }),
  (cell, list) => (list === undefined ? cell : { ...cell, items: Object.fromEntries(Object.entries(cell.items).filter(([l]) => l !== list)) }),
  (cell, list) => (list === undefined ? cell : { ...cell, items: { ...cell.items, [list]: id.item('ghost') } }),
  (cell, list) => (list === undefined ? cell : { ...cell, items: { ...cell.items, [list]: id.item('__proto__') } }),
  (cell, list) => (list === undefined ? cell : { ...cell, version: id.version('V9'), items: { ...cell.items, [list]: id.item('ghost') } }),
  // Items named for a list the module does not have are ignored: still the same cell.
  (cell) => ({ ...cell, items: { ...cell.items, L9: id.item('i0') } }),
]

const pick = <T>(g: Gen, values: readonly T[]): T | undefined => (values.length === 0 ? undefined : values[g(fc.nat, { max: values.length - 1 })])

/** A cell of some module with no items named, for worlds in which a module's lists leave it no cell. */
const bareCell = (g: Gen, world: PlanningWorld): CellResource => {
  const model = modelOf(world)
  const module = pick(g, model.modules ?? [])
  return resource.cell({
    model: id.model(model.id),
    module: id.module(module?.id ?? 'M0'),
    lineItem: id.lineItem(pick(g, module?.lineItems ?? [])?.id ?? 'LI0'),
    version: id.version(pick(g, model.versions ?? [])?.id ?? 'V0'),
    items: {},
  })
}

/**
 * `count` cell resources over a world, in runs as a grid or an export asks them: most often the next
 * cell of the previous one's line item, sometimes any cell, and one in four with an id the world does
 * not hold (model, module, version, line item, both version and line item, a missing or unknown item).
 */
export const cellRun = (world: PlanningWorld, count: number): fc.Arbitrary<readonly CellResource[]> =>
  fc.gen().map((g) => {
    const cells = cellsOf(modelOf(world))
    const out: CellResource[] = []
    let at = 0
    for (let n = 0; n < count; n++) {
      at = g(fc.nat, { max: 2 }) === 0 ? g(fc.nat, { max: Math.max(0, cells.length - 1) }) : Math.min(at + 1, Math.max(0, cells.length - 1))
      const cell = cells[at] ?? bareCell(g, world)
      const variant = g(fc.nat, { max: 3 }) === 0 ? pick(g, variants) : undefined
      out.push(variant === undefined ? cell : variant(cell, pick(g, Object.keys(cell.items))))
    }
    return out
  })
