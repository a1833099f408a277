// @ts-nocheck
import type { Decider } from '../decide.js'
import type { IntegrationId } from '../domain/ids.js'
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import type { IntegrationRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import { answersDiffer } from './compare.js'
import type { Completeness, RunChange } from './types.js'

/** The warnings that say a step's data comes out empty or partial for the run's actor (A40), or lands partly (R10, F49). */
const emptyCodes: ReadonlySet<string> = new Set(['selective_access.export_empty'])
const partialCodes: ReadonlySet<string> = new Set(['selective_access.export_partial', 'selective_access.import_skip', 'dynamic_cell_access.import_skip'])

/** An import that skips every item of a target list writes nothing there. */
const skipsAll = (warning: Decision['warnings'][number]): boolean => warning.code === 'selective_access.import_skip' && warning.skipped === warning.items

const completeness = (decision: Decision, step: IntegrationRecord['steps'][number]): Completeness => {
  if (decision.effect === 'deny') return 'not run'
  const about = decision.warnings.filter((warning) => 'action' in warning && warning.action === step.action)
  if (about.some((warning) => emptyCodes.has(warning.code) || skipsAll(warning))) return 'empty'
  return about.some((warning) => partialCodes.has(warning.code)) ? 'partial' : 'complete'
}

/**
 * How a scheduled run of an integration changes: its effect and actor (A31, A32), and per step
 * whether its data comes out complete, partial or empty for that actor (R16, A40), or is not run.
 *
 * @example
 * ```ts
 * runChangeOf(before, after, id.integration('nightly')) // [] when the run decides as it did
 * ```
 */
export const runChangeOf = (
  before: { readonly tenant: TenantSnapshot | undefined; readonly decide: Decider },
  after: { readonly tenant: TenantSnapshot | undefined; readonly decide: Decider },
  integration: IntegrationId,
): readonly RunChange[] => {
  const target = resource.integration(integration)
  const was = before.decide(subject.scheduler, { type: 'cloudworks.run' }, target)
  const is = after.decide(subject.scheduler, { type: 'cloudworks.run' }, target)
  if (!answersDiffer(was, is)) return []
  const steps = (after.tenant?.integrations.get(integration) ?? before.tenant?.integrations.get(integration))?.steps ?? []
  return [
    {
      kind: 'run',
      integration,
      before: was,
      after: is,
      steps: steps.flatMap((step, index) => {
        const from = completeness(was, step)
        const to = completeness(is, step)
        return from === 'complete' && to === 'complete' ? [] : [{ step: index + 1, before: from, after: to }]
      }),
    },
  ]
}
