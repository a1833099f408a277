import type { UserId } from '../../domain/ids.js'
import { resource as resources } from '../../domain/resource.js'
import { subject as subjects, type Actor } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import type { IntegrationRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { membershipOf, unknownId, userOf } from '../shared/lookups.js'
import { manageVerdicts } from './objects.js'
import { caps, scopeVerdicts } from './roles.js'

/**
 * `cloudworks.run`: the trigger must be allowed (a user by hand within their partition and scope, or the
 * scheduler), then every step is decided as the run's actor (resolved by `resolveRunActor`). A denied step
 * caps the run at none naming the step; each allowed step's warnings become the run's warnings, which an
 * allowed run carries and a denied one does not (A40, I30, R16).
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.run': run }, { 'cloudworks.run': resolveRunActor })
 * ```
 */
export const run: Rule<'cloudworks.run'> = (request, context) => {
  const tenant = context.world.tenant
  const integration = request.resource.kind === 'integration' ? tenant?.integrations.get(request.resource.id) : undefined
  if (integration === undefined || request.actor === undefined) return verdict.skip
  const trigger =
    request.subject.kind === 'scheduler'
      ? verdict.grant(1, reason('integration_roles.scheduled_run', { integration: integration.id }))
      : manageVerdicts(request, tenant)
  return caps(trigger).length > 0 ? trigger : verdict.concat(trigger, stepVerdicts(integration, request.actor, context))
}

/**
 * Each step of an integration decided as its actor: `modelAction.run` on the step's model action, as the
 * step's own run-as user when it names one (re-checked first, see {@link stepActor}), else as the run's
 * actor. When any step names its own, every step's actor is said (`integration_roles.step_runs_as`).
 *
 * @example
 * ```ts
 * stepVerdicts(integration, subject.internalAlias, context)
 * ```
 */
const stepVerdicts = (integration: IntegrationRecord, runActor: Actor, context: RuleContext): Verdicts => {
  const said = integration.steps.some((step) => step.runAs !== undefined)
  return verdict.concat(
    ...integration.steps.map((step, index) => {
      const where = { integration: integration.id, step: index + 1, model: step.model, action: step.action }
      const actor = stepActor(context.world.tenant, integration, step.runAs, runActor)
      const named = said ? verdict.warn(reason('integration_roles.step_runs_as', { integration: integration.id, step: index + 1, ...actorNamed(step.runAs, runActor) })) : verdict.skip
      if ('rejected' in actor) return verdict.concat(named, actor.rejected, verdict.cap(0, reason('integration_roles.step_denied', { ...where, reasons: actor.rejected.map((v) => v.reason.code) })))
      const decision = context.decide({ subject: actor.actor, actor: actor.actor, action: { type: 'modelAction.run' }, resource: resources.modelAction(step.model, step.action) })
      if (decision.effect === 'allow') return verdict.concat(named, ...decision.warnings.map((warning) => verdict.warnIfAllowed(warning)))
      return verdict.concat(named, verdict.cap(0, reason('integration_roles.step_denied', { ...where, reasons: decision.reasons.map((r) => r.code) })))
    }),
  )
}

/** Who a step acts as, for its warning: its own run-as user, or the run's actor (a user, or empty for the alias). */
const actorNamed = (runAs: UserId | undefined, runActor: Actor): { readonly identity: string; readonly user: string } =>
  runAs !== undefined ? { identity: 'stepRunAs', user: runAs } : { identity: 'run', user: runActor.kind === 'user' ? runActor.id : '' }

/**
 * A step's actor: the run's actor, or the step's own run-as user, who at run time must still be enabled,
 * a member of the integration's workspace (A32) and able to manage the integration (their consent was
 * given as such); otherwise the step is denied with the reasons, never run as the run's actor or the
 * alias instead (A32, A48).
 *
 * @example
 * ```ts
 * stepActor(tenant, integration, step.runAs, subject.internalAlias) // { actor } or { rejected: caps }
 * ```
 */
export const stepActor = (
  tenant: TenantSnapshot | undefined,
  integration: IntegrationRecord,
  runAs: UserId | undefined,
  runActor: Actor,
): { readonly actor: Actor } | { readonly rejected: Verdicts } => {
  if (runAs === undefined) return { actor: runActor }
  const user = tenant === undefined ? undefined : userOf(tenant, runAs)
  if (tenant === undefined || user === undefined) return { rejected: unknownId('user', runAs) }
  const object = { object: 'integration', id: integration.id, workspace: integration.workspace, restricted: integration.restricted } as const
  const member = membershipOf(tenant, user.id, integration.workspace) !== undefined
  const rejected = verdict.concat(
    caps(scopeVerdicts(tenant, user, object, 'stepRunAs')),
    member ? verdict.skip : verdict.cap(0, reason('integration_roles.run_as_not_member', { user: user.id, workspace: integration.workspace })),
  )
  return rejected.length > 0 ? { rejected } : { actor: subjects.user(user.id) }
}
