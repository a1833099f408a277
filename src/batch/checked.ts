import { brandedIdC } from '../codecs/primitives.js'
import { struct } from '../codecs/struct.js'
import type { LineItemId, ModelId, ModuleId, VersionId } from '../domain/ids.js'
import type { Subject } from '../domain/subject.js'
import { reason } from '../decision/reason.js'
import { settle } from '../decision/settle.js'
import { verdict } from '../decision/verdict.js'
import { checkedAction, checkedPart, checkedSubject, Refusal } from '../request-check.js'
import type { BatchCellAction, CellGrid, CellSlice } from './grid.js'

const checkedSlice = checkedPart<CellSlice>(
  'slice',
  struct('slice', { model: brandedIdC<ModelId>(), module: brandedIdC<ModuleId>(), lineItem: brandedIdC<LineItemId>(), version: brandedIdC<VersionId>() }),
)

/** A batch question checked and copied: the subject, action and slice `decideCells` decides. */
export interface CheckedBatch {
  readonly subject: Subject
  readonly action: BatchCellAction
  readonly slice: CellSlice
}

/**
 * The subject, action and slice of a `decideCells` question, each checked through the codecs and
 * copied once (as `decide` checks a request), or a {@link Refusal} naming the first bad field: an action
 * other than `cell.read` or an interactive `cell.write` is refused at `action.type` or `action.channel`.
 * It never throws.
 *
 * @example
 * ```ts
 * checkedBatch({ kind: 'user', id: 'ana' }, { type: 'model.open' }, slice) // { path: 'action.type', … }
 * ```
 */
export const checkedBatch = (subject: unknown, action: unknown, slice: unknown): CheckedBatch | Refusal => {
  const who = checkedSubject(subject)
  if (who instanceof Refusal) return who
  const act = checkedAction(action)
  if (act instanceof Refusal) return act
  if (act.type !== 'cell.read' && act.type !== 'cell.write') return new Refusal('action.type', `expected cell.read or cell.write, got ${act.type}`)
  if (act.type === 'cell.write' && act.channel !== 'interactive') return new Refusal('action.channel', `a grid decides interactive writes, not ${act.channel}`)
  const at = checkedSlice(slice)
  return at instanceof Refusal ? at : { subject: who, action: act.type === 'cell.read' ? act : { type: act.type, channel: 'interactive' }, slice: at }
}

/**
 * The grid of a refused question: every cell denied, `common` a deny with `request.invalid` naming the field.
 *
 * @example
 * ```ts
 * refusedGrid(new Refusal('slice.version', "missing field 'version' in slice")).count() // 0
 * ```
 */
export const refusedGrid = (refusal: Refusal): CellGrid => ({
  dimensions: [],
  items: [],
  common: settle({ action: 'cell.read', lattice: 'access', requires: 1 }, verdict.cap(0, reason('request.invalid', { path: refusal.path, message: refusal.message }))),
  level: () => 0,
  allows: () => false,
  count: () => 0,
  selective: [],
  undriven: () => 0,
})
