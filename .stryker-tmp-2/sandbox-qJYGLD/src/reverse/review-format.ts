// @ts-nocheck
import type { Reason } from '../decision/reason.js'
import { csvRecord } from './csv.js'
import type { AccessReviewRow } from './review-row.js'

/**
 * The columns of {@link reviewCsv}, in order. `action` and `resource` are the request as JSON;
 * `reasons` and `warnings` are reason codes joined by `; `.
 *
 * @example
 * ```ts
 * reviewColumns[0] // 'section'
 * ```
 */
export const reviewColumns = ['section', 'subject', 'scope', 'grant', 'action', 'resource', 'effect', 'level', 'actor', 'reasons', 'warnings', 'explanation'] as const

const codes = (reasons: readonly Reason[]): string => reasons.map((r) => r.code).join('; ')

/**
 * An access review as CSV (RFC 4180, CRLF line ends, quoted where needed, fields a spreadsheet would
 * read as formulas neutralised with a leading `'`): the header, then one record per row, produced as
 * the rows come.
 *
 * @example
 * ```ts
 * import { createWriteStream } from 'node:fs'
 * const out = createWriteStream('review.csv')
 * for (const chunk of reviewCsv(accessReview(world))) out.write(chunk)
 * ```
 */
export function* reviewCsv(rows: Iterable<AccessReviewRow>): Generator<string> {
  yield csvRecord(reviewColumns)
  for (const row of rows)
    yield csvRecord([
      row.section,
      row.subjectName,
      row.scope,
      row.grant,
      JSON.stringify(row.action),
      JSON.stringify(row.resource),
      row.effect,
      row.level,
      row.actor ?? '',
      codes(row.reasons),
      codes(row.warnings),
      row.explanation,
    ])
}

/**
 * An access review as one JSON array, produced a row at a time: `[`, then each row as JSON (with its
 * reasons and their parameters), then `]`. Joined, the chunks parse to the rows.
 *
 * @example
 * ```ts
 * const rows = JSON.parse([...reviewJson(accessReview(world))].join('')) as AccessReviewRow[]
 * ```
 */
export function* reviewJson(rows: Iterable<AccessReviewRow>): Generator<string> {
  yield '['
  let first = true
  for (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`
    first = false
  }
  yield first ? ']' : '\n]\n'
}
