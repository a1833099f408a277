// @ts-nocheck
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { ModelRecord, TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import { isWorkspaceAdmin } from '../shared/lookups.js'

/**
 * A model administration act's gate (R33, F35): granted to an enabled workspace administrator of the
 * model's workspace, capped otherwise.
 *
 * @example
 * ```ts
 * byWorkspaceAdmin(tenant, actor, model) // model_administration.workspace_admin, or a cap
 * ```
 */
export const byWorkspaceAdmin = (tenant: TenantSnapshot, actor: UserRecord, model: ModelRecord): Verdicts => {
  const who = { user: actor.id, workspace: model.workspace }
  return verdict.concat(
    actor.enabled ? verdict.skip : verdict.cap(0, reason('model_administration.account_disabled', { user: actor.id })),
    isWorkspaceAdmin(tenant, actor.id, model.workspace)
      ? verdict.grant(1, reason('model_administration.workspace_admin', who))
      : verdict.cap(0, reason('model_administration.not_workspace_admin', who)),
  )
}
