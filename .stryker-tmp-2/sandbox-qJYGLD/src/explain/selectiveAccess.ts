// @ts-nocheck
import type { SelectiveAccessReasons } from '../decision/reasons/selectiveAccess.js'
import type { Wording } from './wording.js'

/**
 * English for the selective-access layer.
 *
 * @example
 * ```ts
 * selectiveAccessWording['selective_access.item_not_granted']({ code: 'selective_access.item_not_granted', list: 'region', item: 'emea' })
 * // "Item 'emea' of list 'region' is not granted by selective access."
 * ```
 */
export const selectiveAccessWording: Wording<keyof SelectiveAccessReasons> = {
  'selective_access.item_not_granted': (r) => `Item '${r.item}' of list '${r.list}' is not granted by selective access.`,
  'selective_access.item_read_only': (r) => `Selective access gives only Read on item '${r.item}' of list '${r.list}'.`,
  'selective_access.export_empty': (r) =>
    `Action '${r.action}' will carry no data: no item of list '${r.list}' in model '${r.model}' is readable.`,
  'selective_access.export_partial': (r) =>
    `Action '${r.action}' will carry partial data: only some items of list '${r.list}' in model '${r.model}' are readable.`,
  'selective_access.import_skip': (r) =>
    `Import '${r.action}' will skip its rows on ${r.skipped} of the ${r.items} items of list '${r.list}' in model '${r.model}': they are not writable.`,
}
