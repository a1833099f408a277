// @ts-nocheck
import type { ItemId, ListId, VersionId } from '../../domain/ids.js'
import type { CellResource } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Settings } from '../../snapshot/settings.js'
import type { DriverRecord, LineItemRecord, ModelActionRecord, ModelRecord, ModuleRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { actorIsWorkspaceAdmin } from '../shared/actor.js'
import { driverValue } from './drivers.js'
import { dcaLevel } from './table.js'

/** The item combinations of some of a module's lists, as the items of cells that name only those lists. */
const combinations = (model: ModelRecord, lists: readonly ListId[]): readonly Record<string, ItemId>[] =>
  lists.reduce<readonly Record<string, ItemId>[]>(
    (acc, list) => acc.flatMap((items) => [...(model.lists.get(list)?.items.keys() ?? [])].map((item) => ({ ...items, [list]: item }))),
    [{}],
  )

/**
 * How many cells of a line item the drivers keep below Write for the actor (F49, A1): the drivers are
 * read over the module's lists they are dimensioned by; every other list and every version multiplies.
 */
const cellsBelowWrite = (model: ModelRecord, module: ModuleRecord, lineItem: LineItemRecord, actor: Actor, settings: Settings): { readonly skipped: number; readonly cells: number } => {
  const drivers = [lineItem.readDriver, lineItem.writeDriver].map((id) => (id === undefined ? undefined : model.drivers.get(id)))
  const [read, write] = drivers
  const keyed = module.lists.filter((list) => drivers.some((d) => d?.dimensions.includes(list) === true))
  const size = (list: ListId): number => model.lists.get(list)?.items.size ?? 0
  const others = module.lists.filter((list) => !keyed.includes(list)).reduce((n, list) => n * size(list), model.versions.size)
  const value = (driver: DriverRecord | undefined, cell: CellResource): boolean | undefined => (driver === undefined ? undefined : driverValue(driver, cell, actor))
  const below = combinations(model, keyed).filter((items) => {
    const cell: CellResource = { kind: 'cell', model: model.id, module: module.id, lineItem: lineItem.id, version: '' as VersionId, items }
    return dcaLevel(value(read, cell), value(write, cell), settings) < 2
  }).length
  return { skipped: below * others, cells: keyed.reduce((n, list) => n * size(list), others) }
}

/**
 * The write side of an import against access drivers (F49, A1, R10): for each line item of its target
 * module whose drivers keep some cells below Write for the actor, a `dynamic_cell_access.import_skip`
 * warning with how many of its cells the rows will skip. Never a deny. The alias and a workspace
 * administrator write an import's target past the drivers (F30, F51, F53), so neither skips.
 *
 * @example
 * ```ts
 * driverImportSkips(tenant, settings, subject.user(id.user('rita')), importAction) // [] when no driver limits the target
 * ```
 */
export const driverImportSkips = (tenant: TenantSnapshot, settings: Settings, actor: Actor, action: ModelActionRecord): Verdicts => {
  const target = action.kind === 'import' ? action.target : undefined
  if (target?.kind !== 'module' || actor.kind === 'internalAlias') return verdict.skip
  const model = tenant.models.get(target.model)
  const module = model?.modules.get(target.module)
  if (model === undefined || module === undefined || actorIsWorkspaceAdmin(tenant, actor, model)) return verdict.skip
  return [...module.lineItems.values()]
    .filter((lineItem) => lineItem.readDriver !== undefined || lineItem.writeDriver !== undefined)
    .flatMap((lineItem): Verdicts => {
      const { skipped, cells } = cellsBelowWrite(model, module, lineItem, actor, settings)
      return skipped === 0 ? verdict.skip : verdict.warnIfAllowed({ code: 'dynamic_cell_access.import_skip', action: action.id, model: model.id, module: module.id, lineItem: lineItem.id, skipped, cells })
    })
}
