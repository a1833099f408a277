/**
 * Reasons of the selective-access layer (R10, R13, R37, F42–F45, A40).
 *
 * @example
 * ```ts
 * const params: SelectiveAccessReasons['selective_access.export_empty'] = { action: 'export-my-cost-centres', model: 'finance-plan', list: 'cost-centre' }
 * ```
 */
// @ts-nocheck

export interface SelectiveAccessReasons {
  /** Neither the item nor any ancestor is granted to the actor: the item is hidden (F43, I13). */
  'selective_access.item_not_granted': { readonly list: string; readonly item: string }
  /** The best grant on the item or an ancestor is Read (F42, F45e). */
  'selective_access.item_read_only': { readonly list: string; readonly item: string }
  /** The actor can read no item of a source list: the export or import will be empty (R16, F27, A40, I30). */
  'selective_access.export_empty': { readonly action: string; readonly model: string; readonly list: string }
  /** The actor can read only some items of a source list: the export or import will be partial (A40). */
  'selective_access.export_partial': { readonly action: string; readonly model: string; readonly list: string }
  /**
   * The actor cannot write `skipped` of the `items` items of a target list: an import's rows on them
   * will be skipped (R10 on the write side, A40's twin). Never a deny.
   */
  'selective_access.import_skip': { readonly action: string; readonly model: string; readonly list: string; readonly skipped: number; readonly items: number }
}
