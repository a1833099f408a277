import { resource as resources } from '../../domain/resource.js'
import type { Actor } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import type { IntegrationRecord } from '../../snapshot/tenant/types.js'
import { manageVerdicts } from './objects.js'
import { caps } from './roles.js'

/**
 * `cloudworks.run`: the trigger must be allowed (a user by hand within their partition and scope, or the
 * scheduler), then every step is decided as the run's actor (resolved by `resolveRunActor`). A denied step
 * caps the run at none naming the step; each step's warnings become the run's warnings (A40, I30, R16).
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
 * Each step of an integration decided as the actor: `modelAction.run` on the step's model action.
 *
 * @example
 * ```ts
 * stepVerdicts(integration, subject.internalAlias, context)
 * ```
 */
const stepVerdicts = (integration: IntegrationRecord, actor: Actor, context: RuleContext): Verdicts =>
  verdict.concat(
    ...integration.steps.map((step, index) => {
      const decision = context.decide({ subject: actor, actor, action: { type: 'modelAction.run' }, resource: resources.modelAction(step.model, step.action) })
      const warnings = verdict.concat(...decision.warnings.map((warning) => verdict.warn(warning)))
      if (decision.effect === 'allow') return warnings
      const params = { integration: integration.id, step: index + 1, model: step.model, action: step.action, reasons: decision.reasons.map((r) => r.code) }
      return verdict.concat(warnings, verdict.cap(0, reason('integration_roles.step_denied', params)))
    }),
  )
