import type { UserId } from '../../domain/ids.js'
import { subject as subjects } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { ActorResolution, RequestOf } from '../../rule/rule.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { IntegrationRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { membershipOf, tenantOf, unknownId, userOf } from '../shared/lookups.js'
import { caps, scopeVerdicts } from './roles.js'

const denied = (verdicts: Verdicts): ActorResolution => ({ tag: 'denied', verdicts })

/**
 * Who a run of an integration acts as (the run identity), decided before any data check:
 *
 * 1. the run-as user, if set, who must be enabled and a member of the integration's workspace at run
 *    time, else deny: never a fallback (R20, A32);
 * 2. for a restricted integration, the RIU running it by hand, or for a scheduled run the last runner,
 *    re-checked at run time; no last runner, or one who lost the role or the workspace, denies: never the
 *    creator, never the alias (F23, R11, A6, A31, I25, I31);
 * 3. otherwise Internal (Full Access) (F26, R15, A44, I29).
 *
 * @example
 * ```ts
 * resolveRunActor({ subject: subject.scheduler, actor: undefined, action: { type: 'cloudworks.run' }, resource }, snapshot)
 * ```
 */
export const resolveRunActor = (request: RequestOf<'cloudworks.run'>, world: Snapshot): ActorResolution => {
  const tenant = tenantOf(world)
  if (tenant === undefined) return denied(unknownId('tenant', 'tenant'))
  if (request.resource.kind !== 'integration') return denied(unknownId('integration', request.resource.kind))
  const integration = tenant.integrations.get(request.resource.id)
  if (integration === undefined) return denied(unknownId('integration', request.resource.id))
  const trigger = request.subject
  if (trigger.kind === 'internalAlias')
    return denied(verdict.cap(0, reason('request.subject_not_supported', { subject: trigger.kind, action: request.action.type })))
  if (integration.runAs !== undefined) return runAsActor(tenant, integration, integration.runAs)
  if (!integration.restricted) return { tag: 'actor', actor: subjects.internalAlias, verdicts: verdict.skip }
  if (trigger.kind === 'user') return { tag: 'actor', actor: trigger, verdicts: verdict.skip }
  return lastRunnerActor(tenant, integration)
}

const runAsActor = (tenant: TenantSnapshot, integration: IntegrationRecord, runAs: UserId): ActorResolution => {
  const user = userOf(tenant, runAs)
  if (user === undefined) return denied(unknownId('user', runAs))
  const blocked = verdict.concat(
    user.enabled ? verdict.skip : verdict.cap(0, reason('integration_roles.user_disabled', { user: user.id, identity: 'runAs' })),
    membershipOf(tenant, user.id, integration.workspace) !== undefined
      ? verdict.skip
      : verdict.cap(0, reason('integration_roles.run_as_not_member', { user: user.id, workspace: integration.workspace })),
  )
  return blocked.length > 0 ? denied(blocked) : { tag: 'actor', actor: subjects.user(user.id), verdicts: verdict.skip }
}

const lastRunnerActor = (tenant: TenantSnapshot, integration: IntegrationRecord): ActorResolution => {
  if (integration.lastRunBy === undefined) return denied(verdict.cap(0, reason('integration_roles.no_last_runner', { integration: integration.id })))
  const user = userOf(tenant, integration.lastRunBy)
  if (user === undefined) return denied(unknownId('user', integration.lastRunBy))
  const object = { object: 'integration', id: integration.id, workspace: integration.workspace, restricted: true } as const
  const blocked = caps(scopeVerdicts(tenant, user, object, 'lastRunner'))
  return blocked.length > 0 ? denied(blocked) : { tag: 'actor', actor: subjects.user(user.id), verdicts: verdict.skip }
}
