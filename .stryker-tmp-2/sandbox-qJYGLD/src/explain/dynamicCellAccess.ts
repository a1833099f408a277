// @ts-nocheck
import type { DynamicCellAccessReasons } from '../decision/reasons/dynamicCellAccess.js'
import type { Wording } from './wording.js'

/**
 * English for the dynamic-cell-access layer.
 *
 * @example
 * ```ts
 * dynamicCellAccessWording['dynamic_cell_access.hidden']({ code: 'dynamic_cell_access.hidden', lineItem: 'margin', driver: 'showMargin' })
 * // "Access driver 'showMargin' hides line item 'margin' here."
 * ```
 */
export const dynamicCellAccessWording: Wording<keyof DynamicCellAccessReasons> = {
  'dynamic_cell_access.read_only': (r) => `Access driver '${r.driver}' makes line item '${r.lineItem}' read-only here.`,
  'dynamic_cell_access.hidden': (r) => `Access driver '${r.driver}' hides line item '${r.lineItem}' here.`,
  'dynamic_cell_access.import_skip': (r) =>
    `Import '${r.action}' of model '${r.model}' will skip ${r.skipped} of the ${r.cells} cells of line item '${r.lineItem}' (module '${r.module}'): its access drivers keep them below Write for the actor.`,
}
