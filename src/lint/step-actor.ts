import { subject, type Actor } from '../domain/subject.js'
import type { IntegrationStep } from '../snapshot/tenant/types.js'

/**
 * Who a step of an integration acts as: its own run-as user when it names one (seed 002, long term
 * B), else the integration's run identity, as `cloudworks.run` decides it.
 *
 * @example
 * ```ts
 * stepActor({ model: id.model('fp'), action: id.modelAction('export'), runAs: id.user('ian') }, subject.internalAlias) // ian
 * ```
 */
export const stepActor = (step: IntegrationStep, actor: Actor): Actor => (step.runAs === undefined ? actor : subject.user(step.runAs))
