import { traceWith } from '../decide.js'
import { id } from '../domain/ids.js'
import { lattice } from '../domain/lattice.js'
import type { Subject } from '../domain/subject.js'
import { settle, type Requirement } from '../decision/settle.js'
import { snapshotOf } from '../internal/world-handle.js'
import { defaultPolicy, modules } from '../policy.js'
import type { Policy } from '../rule/policy.js'
import { dcaLevel } from '../rules/dynamicCellAccess/table.js'
import type { Snapshot, World } from '../snapshot/snapshot.js'
import { Refusal } from '../request-check.js'
import { checkedBatch, refusedGrid } from './checked.js'
import { countCells } from './count.js'
import type { BatchCellAction, CellGrid, CellSlice } from './grid.js'
import { driverTable, selectiveAccessVectors, type DriverTable } from './layers.js'

export type { BatchCellAction, CellGrid, CellSlice } from './grid.js'

/**
 * Decides every cell of a slice for one subject: what {@link decideCells} returns for a world.
 *
 * @example
 * ```ts
 * const batch: CellBatch = decideCells(world)
 * batch(ana, { type: 'cell.write', channel: 'interactive' }, slice).count()
 * ```
 */
export type CellBatch = (subject: Subject, action: BatchCellAction, slice: CellSlice) => CellGrid

const valueAt = (table: DriverTable | undefined, indexes: readonly number[]): boolean | undefined => {
  if (table === undefined) return undefined
  let offset = 0
  for (let d = 0; d < table.strides.length; d++) offset += (table.strides[d] ?? 0) * (indexes[d] ?? 0)
  return (((table.bits[offset >>> 3] ?? 0) >>> (offset & 7)) & 1) === 1
}

/** The dynamic-cell-access verdict for each pair of driver codes (0 no driver, 1 false, 2 true), at `3 × read + write`. */
const driverPasses = (requires: number, settings: Snapshot['settings']): Uint8Array =>
  Uint8Array.from({ length: 9 }, (_, k) => {
    const value = (c: number): boolean | undefined => (c === 0 ? undefined : c === 2)
    return dcaLevel(value(Math.floor(k / 3)), value(k % 3), settings) >= requires ? 1 : 0
  })

/**
 * {@link decideCells} for a given policy. The layers that depend on a cell's items are selective
 * access and dynamic cell access (they only cap, I7, I8); every other layer is decided once, by
 * tracing one cell of the slice, so the batch agrees with `decideWith(policy)` cell by cell.
 *
 * @example
 * ```ts
 * import { decideCellsWith, policy, modules } from 'accessgrid'
 * const batch = decideCellsWith(policy([modules.modelRoles, modules.selectiveAccess]))(world)
 * ```
 */
export const decideCellsWith =
  (policy: Policy) =>
  (world: World): CellBatch => {
    const tracer = traceWith(policy)(world)
    const snapshot = snapshotOf(world)
    const applies = { sa: policy.modules.includes(modules.selectiveAccess), dca: policy.modules.includes(modules.dynamicCellAccess) }
    const itemLayers = new Set([modules.selectiveAccess.name, modules.dynamicCellAccess.name])
    return (givenSubject, givenAction, givenSlice) => {
      const checked = checkedBatch(givenSubject, givenAction, givenSlice)
      if (checked instanceof Refusal) return refusedGrid(checked)
      const { subject, action, slice } = checked
      const requirement: Requirement = { action: action.type, lattice: 'access', requires: action.type === 'cell.read' ? 1 : 2 }
      const tenant = snapshot.tenant
      const model = tenant?.models.get(slice.model)
      const module = model?.modules.get(slice.module)
      const dimensions = module?.lists ?? []
      const items = dimensions.map((list) => [...(model?.lists.get(list)?.items.keys() ?? [])])
      const sample = Object.fromEntries(dimensions.map((list, d) => [list, items[d]?.[0] ?? id.item('')]))
      const traced = tracer(subject, action, { kind: 'cell', ...slice, items: sample })
      const common = settle(requirement, traced.trace.filter((entry) => !itemLayers.has(entry.module)).flatMap((entry) => entry.verdicts))
      const commonRank = Math.max(0, lattice.access.levels.findIndex((level) => level === common.level))
      const empty = module === undefined || items.some((list) => list.length === 0)
      const actor = subject.kind === 'scheduler' ? undefined : subject
      const ready = tenant !== undefined && model !== undefined && module !== undefined && actor !== undefined && commonRank > 0
      const lineItem = module?.lineItems.get(slice.lineItem)
      const sa = ready && applies.sa ? selectiveAccessVectors(snapshot, tenant, model, module, actor) : []
      const read = ready && applies.dca ? driverTable(model, slice, lineItem?.readDriver, dimensions, items, actor) : undefined
      const write = ready && applies.dca ? driverTable(model, slice, lineItem?.writeDriver, dimensions, items, actor) : undefined
      const inRange = (indexes: readonly number[]): boolean =>
        !empty && indexes.length === dimensions.length && indexes.every((i, d) => Number.isInteger(i) && i >= 0 && i < (items[d]?.length ?? 0))
      const level = (indexes: readonly number[]): number => {
        if (!ready || !inRange(indexes)) return 0
        let rank = Math.min(commonRank, dcaLevel(valueAt(read, indexes), valueAt(write, indexes), snapshot.settings))
        for (let d = 0; d < sa.length; d++) {
          const levels = sa[d]
          if (levels !== undefined) rank = Math.min(rank, levels[indexes[d] ?? 0] ?? 0)
        }
        return rank
      }
      const itemOk = sa.map((levels) => (levels === undefined ? undefined : levels.map((l) => (l >= requirement.requires ? 1 : 0))))
      const counted = (drivers: boolean): number =>
        ready && !empty && common.effect === 'allow'
          ? countCells({ sizes: items.map((list) => list.length), itemOk, read: drivers ? read : undefined, write: drivers ? write : undefined, driverOk: driverPasses(requirement.requires, snapshot.settings) })
          : 0
      return {
        dimensions,
        items,
        common,
        level,
        allows: (indexes) => common.effect === 'allow' && level(indexes) >= requirement.requires,
        count: () => counted(true),
        selective: sa.length === 0 ? dimensions.map(() => undefined) : sa,
        undriven: () => counted(false),
      }
    }
  }

/**
 * Decides every cell of a slice (one line item of a module at one version) for one subject, with the
 * default policy: the per-subject work (role, membership, the selective-access level of each item of
 * each dimension, the access-driver values) is done once, then each cell costs a few typed-array reads.
 * `count()` answers "how many cells may this user read?" over a million cells in milliseconds.
 *
 * @example
 * ```ts
 * import { compile, decideCells, subject, id } from 'accessgrid'
 * const grid = decideCells(world)(subject.user(id.user('ana')), { type: 'cell.read', channel: 'interactive' }, {
 *   model: id.model('plan'), module: id.module('spend'), lineItem: id.lineItem('amount'), version: id.version('budget'),
 * })
 * grid.count() // the cells ana may read
 * grid.allows([0, 0]) // the first cell, as decide would answer
 * ```
 */
export const decideCells: (world: World) => CellBatch = decideCellsWith(defaultPolicy)
