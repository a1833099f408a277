import type { Actor } from '../domain/subject.js'
import { importSkips } from '../rules/selectiveAccess/imports.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import type { IntegrationRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { ImportWillSkip, Ungraded } from './findings.js'

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
