import type { Actor } from '../domain/subject.js'
import { stepActor as resolveStepActor } from '../rules/integrationRoles/run.js'
import type { IntegrationRecord, IntegrationStep, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { RunIdentityInvalid, Ungraded } from './findings.js'

/**
 * Who a step of an integration acts as, exactly as `cloudworks.run` decides it: its own run-as user
 * when it names one and they pass the run-time check (seed 002, long term B, A32), else the run's
 * actor; undefined when the step's run-as user is rejected (the step is denied, nothing is read).
 *
 * @example
 * ```ts
 * stepActor(tenant, integration, integration.steps[0], subject.internalAlias)
 * ```
 */
export const stepActor = (tenant: TenantSnapshot, integration: IntegrationRecord, step: IntegrationStep, actor: Actor): Actor | undefined => {
  const resolved = resolveStepActor(tenant, integration, step.runAs, actor)
  return 'actor' in resolved ? resolved.actor : undefined
}

/**
 * The steps whose own run-as user a run would reject: scheduled runs are denied (A32, A48).
 *
 * @example
 * ```ts
 * invalidStepIdentities(tenant, integration, subject.internalAlias)
 * ```
 */
export const invalidStepIdentities = (tenant: TenantSnapshot, integration: IntegrationRecord, actor: Actor): readonly Ungraded<RunIdentityInvalid>[] =>
  integration.steps.flatMap((step, index) => {
    const resolved = resolveStepActor(tenant, integration, step.runAs, actor)
    return 'rejected' in resolved ? [{ code: 'integration.run_identity_invalid', integration: integration.id, step: index + 1, reasons: resolved.rejected.map((v) => v.reason.code) }] : []
  })
