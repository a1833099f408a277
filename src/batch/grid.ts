import type { ReadCell, WriteCell } from '../domain/actions/data.js'
import type { ItemId, LineItemId, ListId, ModelId, ModuleId, VersionId } from '../domain/ids.js'
import type { Decision } from '../decision/decision.js'

/**
 * The cell acts a batch answers: reads on any channel, and interactive writes.
 *
 * @example
 * ```ts
 * const action: BatchCellAction = { type: 'cell.read', channel: 'export' }
 * ```
 */
export type BatchCellAction = ReadCell | (WriteCell & { readonly channel: 'interactive' })

/**
 * Every cell of one line item of a module at one version: the cells a batch decides.
 *
 * @example
 * ```ts
 * const slice: CellSlice = { model: id.model('plan'), module: id.module('spend'), lineItem: id.lineItem('amount'), version: id.version('budget') }
 * ```
 */
export interface CellSlice {
  readonly model: ModelId
  readonly module: ModuleId
  readonly lineItem: LineItemId
  readonly version: VersionId
}

/**
 * The decisions of one subject on every cell of a slice, with the per-subject work done once. A cell
 * is named by one index per dimension (`indexes[d]` into `items[d]`).
 *
 * @example
 * ```ts
 * const grid: CellGrid = decideCells(world)(ana, { type: 'cell.read', channel: 'interactive' }, slice)
 * if (grid.common.effect === 'deny') console.log(explain(grid.common)) // why no cell is readable
 * ```
 */
export interface CellGrid {
  /** The module's lists, in the order of `items` and of every index array. */
  readonly dimensions: readonly ListId[]
  /** The items of each dimension, in the list's order. */
  readonly items: readonly (readonly ItemId[])[]
  /**
   * The decision of the layers that do not depend on the cell's items (model role, membership,
   * account status): when it denies, every cell is denied, and its reasons say why.
   */
  readonly common: Decision
  /** The cell's effective rank (0 none, 1 read, 2 write), as `decide` would report it. */
  readonly level: (indexes: readonly number[]) => number
  /** Whether `decide` allows the action on the cell. Out-of-range indexes deny. */
  readonly allows: (indexes: readonly number[]) => boolean
  /** How many cells of the slice `decide` allows, without deciding them one by one. */
  readonly count: () => number
  /**
   * Per dimension, the selective-access rank (0 none, 1 read, 2 write) of each item for the subject,
   * ancestors' grants included (F45); undefined for a dimension that does not limit them (no selective
   * access, or a workspace administrator who bypasses it, A2), and for every dimension when `common` denies.
   */
  readonly selective: readonly (Uint8Array | undefined)[]
  /** How many cells `decide` would allow if the line item had no access drivers: `count()` plus the cells the drivers lower below the requirement. */
  readonly undriven: () => number
}
