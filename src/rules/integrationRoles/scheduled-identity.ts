import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { IntegrationRecord } from '../../snapshot/tenant/types.js'

/**
 * Who an integration's scheduled runs will act as, said up front (seed 002: "will run as Internal
 * (Full Access)"): its run-as user (A32); for a restricted integration its last runner, or nobody until
 * a restricted integration user runs it by hand (A31); otherwise Internal (Full Access) (F26, A44). A
 * warning, so a configuration dialog can show it; it changes no level. `integration` is `undefined`
 * for one being created: a new integration has no run-as user and no last runner.
 *
 * @example
 * ```ts
 * scheduledIdentity(undefined, false) // warn: scheduled runs will run as Internal (Full Access)
 * ```
 */
export const scheduledIdentity = (integration: IntegrationRecord | undefined, restricted: boolean): Verdicts => {
  const name = integration?.id ?? ''
  const user = integration?.runAs ?? (restricted ? integration?.lastRunBy : undefined)
  const identity = integration?.runAs !== undefined ? 'runAs' : restricted ? (user === undefined ? 'nobody' : 'lastRunner') : 'internalAlias'
  return verdict.warn(reason('integration_roles.scheduled_runs_as', { integration: name, identity, user: user ?? '' }))
}
