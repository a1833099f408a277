// @ts-nocheck
import type { BatchCellAction, CellBatch, CellGrid } from '../batch/cells.js'
import type { ItemId } from '../domain/ids.js'
import { resource } from '../domain/resource.js'
import { subject, type Actor, type Session } from '../domain/subject.js'
import type { ModelRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { RowRequest } from './review-row.js'

const cellActs: readonly BatchCellAction[] = [
  { type: 'cell.read', channel: 'interactive' },
  { type: 'cell.write', channel: 'interactive' },
]

/** The first cell (in the grid's order) that drivers lower below the requirement, as its item indexes. */
const firstLowered = (grid: CellGrid, requires: number): readonly number[] | undefined => {
  const sizes = grid.items.map((items) => items.length)
  const at = sizes.map(() => 0)
  const total = sizes.reduce((product, size) => product * size, 1)
  for (let cell = 0; cell < total; cell++) {
    const passes = grid.selective.every((levels, d) => levels === undefined || (levels[at[d] ?? 0] ?? 0) >= requires)
    if (passes && !grid.allows(at)) return [...at]
    for (let d = sizes.length - 1; d >= 0; d--) {
      at[d] = (at[d] ?? 0) + 1
      if ((at[d] ?? 0) < (sizes[d] ?? 0)) break
      at[d] = 0
    }
  }
  return undefined
}

function* lineItemRows(model: ModelRecord, cells: CellBatch, who: Actor): Generator<RowRequest> {
  for (const module of model.modules.values())
    for (const lineItem of module.lineItems.values()) {
      if (lineItem.readDriver === undefined && lineItem.writeDriver === undefined) continue
      for (const version of model.versions)
        for (const action of cellActs) {
          const slice = { model: model.id, module: module.id, lineItem: lineItem.id, version }
          const grid = cells(who, action, slice)
          const lowered = grid.undriven() - grid.count()
          const at = lowered > 0 ? firstLowered(grid, action.type === 'cell.read' ? 1 : 2) : undefined
          if (at === undefined) continue
          const items: Record<string, ItemId> = Object.fromEntries(grid.dimensions.map((list, d) => [list, grid.items[d]?.[at[d] ?? 0] ?? ('' as ItemId)]))
          yield {
            section: 'driver',
            subject: who,
            scope: `${model.id}/${module.id}/${lineItem.id}/${version}`,
            grant: `read driver ${lineItem.readDriver ?? '-'}, write driver ${lineItem.writeDriver ?? '-'}: ${action.type === 'cell.read' ? 'hides' : 'makes read-only'} ${lowered} cells`,
            action,
            resource: resource.cell({ ...slice, items }),
          }
        }
    }
}

/**
 * Driver rows: for the alias and every user assigned a role, each line item with access drivers, each
 * version, and reading and writing: when the drivers lower cells the subject could otherwise reach
 * (F47–F49), one row naming how many, with the first such cell as the request (decided, it names the
 * driver that lowers it). Counted with `decideCells`.
 *
 * @example
 * ```ts
 * [...driverRows(tenant, decideCells(world), session)]
 * ```
 */
export function* driverRows(tenant: TenantSnapshot, cells: CellBatch, session: Session | undefined): Generator<RowRequest> {
  for (const model of tenant.models.values()) {
    const driven = [...model.modules.values()].some((m) => [...m.lineItems.values()].some((li) => li.readDriver !== undefined || li.writeDriver !== undefined))
    if (!driven) continue
    yield* lineItemRows(model, cells, subject.internalAlias)
    for (const user of model.assignments.keys()) yield* lineItemRows(model, cells, subject.user(user, session))
  }
}
