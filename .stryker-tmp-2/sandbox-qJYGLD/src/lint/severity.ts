// @ts-nocheck
import type { Finding, FindingSeverity, Ungraded } from './findings.js'

/**
 * The severity of each finding code: `error` when the set-up will be denied or fail when it runs,
 * `warning` when it runs without an error but silently does less (or more) than expected, `info` for
 * configuration that does nothing. The table in `docs/modules/run-identity.md#lint` is checked against it.
 *
 * @example
 * ```ts
 * findingSeverities['integration.run_identity_invalid'] // 'error'
 * ```
 */
export const findingSeverities: { readonly [C in Finding['code']]: FindingSeverity } = {
  'integration.no_last_runner': 'error',
  'integration.run_identity_invalid': 'error',
  'user.riu_workspace_not_member': 'error',
  'process.step_unrunnable': 'error',
  'integration.actor_cannot_read_list': 'warning',
  'integration.import_will_skip': 'warning',
  'integration.import_skips_driven_cells': 'warning',
  'user.both_integration_roles': 'warning',
  'lineItem.hidden_everywhere': 'warning',
  'connection.reaches_no_project': 'warning',
  'account.read_only_additional_roles': 'warning',
  'role.grants_nothing': 'info',
  'grant.never_applies': 'info',
  'modelAction.creator_cannot_run': 'info',
}

/**
 * A finding with its severity attached.
 *
 * @example
 * ```ts
 * graded({ code: 'integration.no_last_runner', integration: 'nightly' }).severity // 'error'
 * ```
 */
export const graded = (finding: Ungraded): Finding => ({ ...finding, severity: findingSeverities[finding.code] })
