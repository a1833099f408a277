// @ts-nocheck
import type { Settings } from '../../snapshot/settings.js'
import type { AccessRank } from '../../snapshot/tenant/types.js'

/**
 * The F49 table: the cell level for a read driver value and a write driver value (`undefined` when the
 * line item has no such driver), `2` meaning no restriction. The write driver alone at FALSE is the
 * named setting `writeDriverAloneFalse` (A1, default Read).
 *
 * | read | write | level |
 * |---|---|---|
 * | – | – | no restriction |
 * | any | TRUE | write |
 * | TRUE | – or FALSE | read |
 * | FALSE | – or FALSE | none |
 * | – | FALSE | A1 (read by default) |
 *
 * @example
 * ```ts
 * dcaLevel(true, false, defaultSettings) // 1: read
 * ```
 */
export const dcaLevel = (read: boolean | undefined, write: boolean | undefined, settings: Settings): AccessRank => {
  if (write === true || (read === undefined && write === undefined)) return 2
  if (read === true) return 1
  if (read === false) return 0
  return settings.writeDriverAloneFalse === 'read' ? 1 : 0
}

/**
 * Whether the read driver (rather than the write driver) is the one that set a level below Write: it
 * is when it hides the cell, or when it makes the cell read-only with no write driver.
 *
 * @example
 * ```ts
 * readDriverDecides(true, undefined) // true
 * ```
 */
export const readDriverDecides = (read: boolean | undefined, write: boolean | undefined): boolean =>
  read === false || (read === true && write === undefined)
