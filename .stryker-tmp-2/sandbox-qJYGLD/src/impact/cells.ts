// @ts-nocheck
import type { Decider } from '../decide.js'
import type { ReadCell } from '../domain/actions/data.js'
import type { ItemId, LineItemId, ListId, ModelId, ModuleId, UserId, VersionId } from '../domain/ids.js'
import type { Access } from '../domain/lattice.js'
import type { CellResource } from '../domain/resource.js'
import type { UserSubject } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import type { TenantSnapshot } from '../snapshot/tenant/types.js'
import { boxesOf, cellSetOf } from './item-sets.js'
import type { CellsChange } from './types.js'

/** One world as the model part of an impact reads it: its tenant, its decider, and its ceiling decider. */
export interface ModelSide {
  readonly tenant: TenantSnapshot | undefined
  readonly decide: Decider
  /** The decider without the layers that depend on a cell's items (selective access, drivers). */
  readonly ceiling: Decider
}

/** The act a cell's level is read from: reading it interactively (its level is the effective rank). */
export const readCell: ReadCell = { type: 'cell.read', channel: 'interactive' }

/** A decision's level on the access lattice. */
export const accessOf = (decision: Decision): Access => (decision.level === 'write' ? 'write' : decision.level === 'read' ? 'read' : 'none')

/** One slice of one model, with its dimensions and their items, as its cells are enumerated. */
export interface Slice {
  readonly model: ModelId
  readonly module: ModuleId
  readonly lineItem: LineItemId
  readonly version: VersionId
  readonly dimensions: readonly ListId[]
  readonly items: readonly (readonly ItemId[])[]
}

/** The cell of a slice at one item number per dimension. */
export const cellAt = (slice: Slice, indexes: readonly number[]): CellResource => {
  const items: Record<string, ItemId> = {}
  slice.dimensions.forEach((list, d) => {
    const item = slice.items[d]?.[indexes[d] ?? 0]
    if (item !== undefined) items[list] = item
  })
  return { kind: 'cell', model: slice.model, module: slice.module, lineItem: slice.lineItem, version: slice.version, items }
}

/** Every combination of the given item numbers, one list per dimension, first dimension outermost. */
const combinations = (choices: readonly (readonly number[])[], visit: (indexes: readonly number[]) => void): void => {
  const indexes = choices.map(() => 0)
  const walk = (d: number): void => {
    if (d === choices.length) {
      visit(indexes)
      return
    }
    for (const index of choices[d] ?? []) {
      indexes[d] = index
      walk(d + 1)
    }
  }
  walk(0)
}

/**
 * The cells of a slice whose level changes, among the given item numbers per dimension, grouped by
 * from → to, each group as boxes, with its first cell's decisions.
 *
 * @example
 * ```ts
 * cellChanges(before, after, subject.user(ana), ana, slice, [[0, 1], [0]])
 * ```
 */
export const cellChanges = (before: ModelSide, after: ModelSide, who: UserSubject, user: UserId, slice: Slice, choices: readonly (readonly number[])[]): readonly CellsChange[] => {
  const groups = new Map<string, { from: Access; to: Access; cells: number[][]; example: CellsChange['example'] }>()
  combinations(choices, (indexes) => {
    const cell = cellAt(slice, indexes)
    const was = before.decide(who, readCell, cell)
    const is = after.decide(who, readCell, cell)
    const from = accessOf(was)
    const to = accessOf(is)
    if (from === to) return
    const key = `${from}>${to}`
    const group = groups.get(key) ?? { from, to, cells: [], example: { items: cell.items, before: was, after: is } }
    group.cells.push([...indexes])
    groups.set(key, group)
  })
  const { model, module, lineItem, version, dimensions, items } = slice
  return [...groups.values()].map((group) => ({
    kind: 'cells',
    user,
    model,
    module,
    lineItem,
    version,
    from: group.from,
    to: group.to,
    cells: cellSetOf(dimensions, items, boxesOf(group.cells)),
    count: group.cells.length,
    example: group.example,
  }))
}
