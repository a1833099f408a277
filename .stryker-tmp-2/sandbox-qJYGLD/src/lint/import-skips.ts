// @ts-nocheck
import type { Actor } from '../domain/subject.js'
import { driverImportSkips } from '../rules/dynamicCellAccess/imports.js'
import { importSkips } from '../rules/selectiveAccess/imports.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import type { IntegrationRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { ImportSkipsDrivenCells, ImportWillSkip, Ungraded } from './findings.js'

/**
 * Every step of an integration that imports into a selective-access list its actor cannot write
 * whole: the run is allowed and the rows on those items are skipped (R10, A40's twin). Counted by the
 * same function as the run's `selective_access.import_skip` warning, so the lint and the run agree.
 *
 * @example
 * ```ts
 * importWillSkip(snapshot, tenant, integration, subject.user(id.user('rita')))
 * ```
 */
export const importWillSkip = (world: Snapshot, tenant: TenantSnapshot, integration: IntegrationRecord, actor: Actor): readonly Ungraded<ImportWillSkip>[] =>
  integration.steps.flatMap((step, index) => {
    const action = tenant.models.get(step.model)?.actions.get(step.action)
    if (action === undefined) return []
    return importSkips(world, tenant, actor, action).flatMap((v): readonly Ungraded<ImportWillSkip>[] =>
      v.reason.code === 'selective_access.import_skip'
        ? [
            {
              code: 'integration.import_will_skip',
              integration: integration.id,
              step: index + 1,
              model: v.reason.model,
              action: v.reason.action,
              list: v.reason.list,
              actor: actor.kind === 'internalAlias' ? 'internalAlias' : actor.id,
              skipped: v.reason.skipped,
              items: v.reason.items,
            },
          ]
        : [],
    )
  })

/**
 * Every step of an integration that imports into a line item whose access drivers keep some target
 * cells below Write for its actor (F49, A1, R10). Counted by the function behind the run's
 * `dynamic_cell_access.import_skip` warning, so the lint and the run agree.
 *
 * @example
 * ```ts
 * importSkipsDrivenCells(snapshot, tenant, integration, subject.user(id.user('rita')))
 * ```
 */
export const importSkipsDrivenCells = (world: Snapshot, tenant: TenantSnapshot, integration: IntegrationRecord, actor: Actor): readonly Ungraded<ImportSkipsDrivenCells>[] =>
  integration.steps.flatMap((step, index) => {
    const action = tenant.models.get(step.model)?.actions.get(step.action)
    if (action === undefined) return []
    return driverImportSkips(tenant, world.settings, actor, action).flatMap((v): readonly Ungraded<ImportSkipsDrivenCells>[] =>
      v.reason.code === 'dynamic_cell_access.import_skip'
        ? [
            {
              code: 'integration.import_skips_driven_cells',
              integration: integration.id,
              step: index + 1,
              model: v.reason.model,
              action: v.reason.action,
              module: v.reason.module,
              lineItem: v.reason.lineItem,
              actor: actor.kind === 'internalAlias' ? 'internalAlias' : actor.id,
              skipped: v.reason.skipped,
              cells: v.reason.cells,
            },
          ]
        : [],
    )
  })
