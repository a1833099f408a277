// @ts-nocheck
import type { IntegrationRolesReasons } from '../decision/reasons/integrationRoles.js'
import type { Wording } from './wording.js'

const whose = (identity: string, user: string): string =>
  identity === 'runAs' ? `The run-as user '${user}'` : identity === 'lastRunner' ? `The last runner '${user}'` : `User '${user}'`

/**
 * English for the integration roles and run identity reasons.
 *
 * @example
 * ```ts
 * integrationRolesWording['integration_roles.scheduled_run']({ code: 'integration_roles.scheduled_run', integration: 'nightly' })
 * ```
 */
export const integrationRolesWording: Wording<keyof IntegrationRolesReasons> = {
  'integration_roles.integration_admin': (r) =>
    `User '${r.user}' is an integration administrator, who manages non-restricted connections and integrations in every workspace, including '${r.workspace}'.`,
  'integration_roles.restricted_integration_user': (r) =>
    `User '${r.user}' is a restricted integration user assigned to workspace '${r.workspace}' and a member of it.`,
  'integration_roles.no_integration_role': (r) => `${whose(r.identity, r.user)} holds neither the integration administrator nor the restricted integration user role.`,
  'integration_roles.restricted_object': (r) =>
    `The ${r.object} '${r.id}' is restricted: only restricted integration users may use it. ${whose(r.identity, r.user)} is an integration administrator (holding both roles counts as one), and integration administrators do not use restricted objects.`,
  'integration_roles.non_restricted_object': (r) =>
    `The ${r.object} '${r.id}' is not restricted: only integration administrators may use it. ${whose(r.identity, r.user)} is a restricted integration user only.`,
  'integration_roles.riu_not_assigned': (r) => `${whose(r.identity, r.user)} is not assigned workspace '${r.workspace}' as a restricted integration user.`,
  'integration_roles.riu_not_member': (r) => `${whose(r.identity, r.user)} is assigned workspace '${r.workspace}' but is not a member of it.`,
  'integration_roles.user_disabled': (r) => `${whose(r.identity, r.user)} has platform access disabled.`,
  'integration_roles.scheduled_run': (r) => `The scheduler triggers scheduled runs of integration '${r.integration}'.`,
  'integration_roles.scheduled_runs_as': (r) => {
    const which = r.integration === '' ? 'the new integration' : `integration '${r.integration}'`
    switch (r.identity) {
      case 'runAs':
        return `Scheduled runs of ${which} will run as its run-as user '${r.user}'.`
      case 'lastRunner':
        return `Scheduled runs of ${which} will run as '${r.user}', the last restricted integration user who ran it by hand.`
      case 'nobody':
        return `Scheduled runs of ${which} will be denied until a restricted integration user runs it by hand; they then run as that user.`
      default:
        return `Scheduled runs of ${which} will run as Internal (Full Access): they see only what that identity's model role and selective access allow.`
    }
  },
  'integration_roles.no_last_runner': (r) =>
    `Restricted integration '${r.integration}' has never been run by hand, so a scheduled run has no one to act as (it never falls back to the creator or to Internal (Full Access)).`,
  'integration_roles.run_as_not_member': (r) => `The run-as user '${r.user}' is not a member of workspace '${r.workspace}'; the run does not fall back to anyone else.`,
  'integration_roles.step_denied': (r) =>
    `Step ${r.step} of integration '${r.integration}' (action '${r.action}' of model '${r.model}') is denied to the run's actor: ${r.reasons.join(', ')}.`,
  'integration_roles.run_as_self': (r) => `User '${r.user}' names themselves as the run-as user of integration '${r.integration}', which they may manage.`,
  'integration_roles.run_as_not_self': (r) => `Only '${r.named}' may name '${r.named}' as the run-as user; '${r.user}' cannot.`,
  'integration_roles.run_as_cleared_by_tenant_admin': (r) => `User '${r.user}' is a tenant administrator and may clear the run-as user of integration '${r.integration}'.`,
  'integration_roles.run_as_clear_needs_tenant_admin': (r) => `Only a tenant administrator may clear the run-as user of integration '${r.integration}'; '${r.user}' is not one.`,
}
