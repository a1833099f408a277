import type { Finding } from '../lint/index.js'

/**
 * How much a lint finding matters: `high` when runs are denied or export nothing, `medium` when they
 * export only part of what they should, `low` when nothing runs differently than its owners expect.
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
  'user.both_integration_roles': 'low',
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
