// @ts-nocheck
import { canonicalReasons } from '../../decision/canonical.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'

/**
 * What happened to one row of an import.
 *
 * @example
 * ```ts
 * const result = apply(world, userImport)
 * const rows: readonly RowOutcome[] = (result._tag === 'Left' ? result.left : result.right).rows ?? []
 * rows.filter((row) => row.status === 'rejected').map((row) => row.user)
 * ```
 */
export interface RowOutcome {
  /** The row's index in the command's `rows`. */
  readonly row: number
  readonly user: string
  readonly status: 'applied' | 'rejected'
  readonly reasons: readonly Reason[]
}

/**
 * A tenant after some rows, and what happened to each.
 *
 * @example
 * ```ts
 * const result: RowsResult = foldRows(tenant, command.rows, step)
 * result.rows.map((row) => row.status) // one status per row, in row order
 * ```
 */
export interface RowsResult {
  readonly tenant: TenantSnapshot
  readonly rows: readonly RowOutcome[]
}

/**
 * One row's result: the new tenant and the reasons it applied, or the reasons it did not.
 *
 * @example
 * ```ts
 * const rejected: RowStep = { tag: 'rejected', reasons: [reason('commands.row_not_member', { user: 'nora', workspace: 'finance' })] }
 * ```
 */
export type RowStep = { readonly tag: 'applied'; readonly tenant: TenantSnapshot; readonly reasons: readonly Reason[] } | { readonly tag: 'rejected'; readonly reasons: readonly Reason[] }

/**
 * Applies rows one after another, each seeing the tenant the rows before it left (A42: row by row).
 *
 * @example
 * ```ts
 * foldRows(tenant, command.rows, (t, row) => ({ tag: 'applied', tenant: t, reasons: [] }))
 * ```
 */
export const foldRows = <R extends { readonly user: string }>(
  tenant: TenantSnapshot,
  rows: readonly R[],
  step: (tenant: TenantSnapshot, row: R, index: number) => RowStep,
): RowsResult =>
  rows.reduce<RowsResult>(
    (done, row, index) => {
      const result = step(done.tenant, row, index)
      const outcome: RowOutcome = { row: index, user: row.user, status: result.tag, reasons: result.reasons }
      return { tenant: result.tag === 'applied' ? result.tenant : done.tenant, rows: [...done.rows, outcome] }
    },
    { tenant, rows: [] },
  )

/**
 * The reasons of an import as a whole: when no row applied, `commands.no_row_applied` and every row's
 * reasons (A42); otherwise the reasons of the rows that applied. `undefined` status means rejected.
 *
 * @example
 * ```ts
 * const { applied, reasons } = importVerdict(result.rows)
 * ```
 */
export const importVerdict = (rows: readonly RowOutcome[]): { readonly applied: boolean; readonly reasons: readonly Reason[] } => {
  const applied = rows.filter((row) => row.status === 'applied')
  if (applied.length > 0) return { applied: true, reasons: canonicalReasons(applied.flatMap((row) => row.reasons)) }
  return { applied: false, reasons: canonicalReasons([reason('commands.no_row_applied', { rows: rows.length }), ...rows.flatMap((row) => row.reasons)]) }
}
