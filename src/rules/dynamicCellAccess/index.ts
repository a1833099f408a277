import type { ReadChannel, WriteChannel } from '../../domain/actions/data.js'
import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import { derivation } from '../../rule/memo.js'
import { reason } from '../../decision/reason.js'
import type { LineItemRecord } from '../../snapshot/tenant/types.js'
import { ruleModule, type RuleContext } from '../../rule/rule.js'
import type { DriverId } from '../../domain/ids.js'
import type { KnownCell } from '../../snapshot/tenant/cell-lookup.js'
import { actorIsWorkspaceAdmin } from '../shared/actor.js'
import { cellDriverValue } from './cell-values.js'
import { dcaLevel, readDriverDecides } from './table.js'

const valueOf = (context: RuleContext, at: KnownCell, driver: DriverId | undefined, cell: CellResource, actor: Actor): boolean | undefined => {
  const record = driver === undefined ? undefined : at.model.drivers.get(driver)
  return record === undefined ? undefined : cellDriverValue(context, at, record, cell, actor)
}

/** The caps a driver of a line item sets, built once per decider: they name only the two. */
const lineItemCaps = derivation((lineItem: LineItemRecord, driver: string) => ({
  hidden: verdict.shared(verdict.cap(0, reason('dynamic_cell_access.hidden', { lineItem: lineItem.id, driver }))),
  readOnly: verdict.shared(verdict.cap(1, reason('dynamic_cell_access.read_only', { lineItem: lineItem.id, driver }))),
}))

const cellRule = (actor: Actor | undefined, channel: ReadChannel | WriteChannel, cell: CellResource, context: RuleContext): Verdicts => {
  const tenant = context.world.tenant
  const at = context.cell
  if (tenant === undefined || at?.tag !== 'known' || actor === undefined) return verdict.skip
  const { model, lineItem } = at
  if (lineItem.readDriver === undefined && lineItem.writeDriver === undefined) return verdict.skip
  const importTarget = channel === 'fileImport' || channel === 'modelImport'
  if (importTarget && (actor.kind === 'internalAlias' || actorIsWorkspaceAdmin(tenant, actor, model))) return verdict.skip
  const read = valueOf(context, at, lineItem.readDriver, cell, actor)
  const write = valueOf(context, at, lineItem.writeDriver, cell, actor)
  const level = dcaLevel(read, write, context.world.settings)
  if (level === 2) return verdict.skip
  const driver = (readDriverDecides(read, write) ? lineItem.readDriver : lineItem.writeDriver) ?? ''
  const caps = context.memo.get(lineItemCaps, lineItem, driver)
  return level === 0 ? caps.hidden : caps.readOnly
}

/**
 * The dynamic-cell-access layer (R9, F47–F51, A1, A3, A33): a line item's read and write access
 * drivers cap its cells by the F49 table; it never grants (I7). It applies to everyone interactively
 * and on the source side of exports and imports; the import writes of workspace administrators and of
 * the alias ignore it (F30, F51, F53). See `docs/modules/dynamic-cell-access.md`.
 *
 * @example
 * ```ts
 * import { modules, policy, decideWith } from 'accessgrid'
 * const planning = decideWith(policy([modules.modelRoles, modules.dynamicCellAccess]))
 * ```
 */
export const dynamicCellAccess = ruleModule('dynamicCellAccess', {
  'cell.read': onResource('cell', (request, cell, context) => cellRule(request.actor, request.action.channel, cell, context)),
  'cell.write': onResource('cell', (request, cell, context) => cellRule(request.actor, request.action.channel, cell, context)),
})
