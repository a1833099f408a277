import type { Finding } from '../lint/index.js'

/**
 * How much a lint finding matters: `high` when runs are denied or export nothing, `medium` when work
 * runs but does less than its owners expect (a partial export, skipped import rows, a step or action
 * someone cannot run, a line item nobody sees), `low` when a set-up grants nothing or reaches nothing.
 *
 * @example
 * ```ts
 * const severity: Severity = severityOf(finding)
 * ```
 */
export type Severity = 'high' | 'medium' | 'low'

const byCode: Partial<Record<Finding['code'], Severity>> = {
  'integration.run_identity_invalid': 'high',
  'integration.no_last_runner': 'high',
  'integration.import_will_skip': 'medium',
  'modelAction.creator_cannot_run': 'medium',
  'process.step_unrunnable': 'medium',
  'lineItem.hidden_everywhere': 'medium',
  'user.riu_workspace_not_member': 'medium',
  'user.both_integration_roles': 'low',
  'role.grants_nothing': 'low',
  'grant.never_applies': 'low',
  'connection.reaches_no_project': 'low',
}

/**
 * The severity of a finding: an actor that reads none of a list is `high` (an empty file), some of it
 * `medium` (a partial file). A finding code without a severity here is `high`, so that a new kind
 * of finding is never understated.
 *
 * @example
 * ```ts
 * import { severityOf } from 'accessgrid'
 * severityOf({ code: 'user.both_integration_roles', user: 'sam' }) // 'low'
 * ```
 */
export const severityOf = (finding: Finding): Severity =>
  finding.code === 'integration.actor_cannot_read_list' ? (finding.visibility === 'none' ? 'high' : 'medium') : (byCode[finding.code] ?? 'high')
