// @ts-nocheck
import type { ReadChannel, WriteChannel } from '../../domain/actions/data.js'
import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import { ruleModule, type RuleContext } from '../../rule/rule.js'
import { actorIsWorkspaceAdmin } from '../shared/actor.js'
import { cellDriverValue, lineDriversOf, type CellDriver } from './cell-values.js'
import { dcaLevel, readDriverDecides } from './table.js'
import { driverImportSkips } from './imports.js'

const cellRule = (actor: Actor | undefined, channel: ReadChannel | WriteChannel, cell: CellResource, context: RuleContext): Verdicts => {
  const tenant = context.world.tenant
  const at = context.cell
  if (tenant === undefined || at?.tag !== 'known' || actor === undefined) return verdict.skip
  const { model, lineItem } = at
  if (lineItem.readDriver === undefined && lineItem.writeDriver === undefined) return verdict.skip
  const importTarget = channel === 'fileImport' || channel === 'modelImport'
  if (importTarget && (actor.kind === 'internalAlias' || actorIsWorkspaceAdmin(tenant, actor, model))) return verdict.skip
  const drivers = lineDriversOf(context, at)
  const read = drivers.read === undefined ? undefined : cellDriverValue(at, drivers.read, cell, actor)
  const write = drivers.write === undefined ? undefined : cellDriverValue(at, drivers.write, cell, actor)
  const level = dcaLevel(read, write, context.world.settings)
  if (level === 2) return verdict.skip
  // Below Write, the deciding driver gave a value, so the line item has it.
  const deciding = (readDriverDecides(read, write) ? drivers.read : drivers.write) as CellDriver
  return level === 0 ? deciding.hidden : deciding.readOnly
}

/**
 * The dynamic-cell-access layer (R9, F47–F51, A1, A3, A33): a line item's read and write access
 * drivers cap its cells by the F49 table; it never grants (I7). It applies to everyone interactively
 * and on the source side of exports and imports; the import writes of workspace administrators and of
 * the alias ignore it (F30, F51, F53). On `modelAction.run` of an import it warns how many target cells
 * its drivers will make the rows skip (`dynamic_cell_access.import_skip`). See `docs/modules/dynamic-cell-access.md`.
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
  'modelAction.run': onResource('modelAction', (request, at, context) => {
    const tenant = context.world.tenant
    const action = tenant?.models.get(at.model)?.actions.get(at.action)
    return tenant === undefined || action === undefined || request.actor === undefined ? verdict.skip : driverImportSkips(tenant, context.world.settings, request.actor, action)
  }),
})
