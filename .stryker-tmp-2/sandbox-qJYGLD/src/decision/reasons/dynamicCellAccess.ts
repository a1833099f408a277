/**
 * Reasons of the dynamic-cell-access layer (R9, F47–F51, A1, A3).
 *
 * @example
 * ```ts
 * const params: DynamicCellAccessReasons['dynamic_cell_access.read_only'] = { lineItem: 'amount', driver: 'budget-open' }
 * ```
 */
// @ts-nocheck

export interface DynamicCellAccessReasons {
  /** The cell's drivers make it read-only (F49: read TRUE without write TRUE, or write FALSE alone by A1). */
  'dynamic_cell_access.read_only': { readonly lineItem: string; readonly driver: string }
  /** The cell's drivers hide it (F49: read FALSE without write TRUE; write FALSE alone when A1 says none). */
  'dynamic_cell_access.hidden': { readonly lineItem: string; readonly driver: string }
  /** An import's rows will skip `skipped` of the `cells` cells of a target line item that its drivers keep below Write for the actor (F49, A1, R10); a warning, never a deny. */
  'dynamic_cell_access.import_skip': { readonly action: string; readonly model: string; readonly module: string; readonly lineItem: string; readonly skipped: number; readonly cells: number }
}
