// @ts-nocheck
import { ruleModule } from '../../rule/rule.js'
import { readCell, readListItem, writeCell, writeListItem } from './cells.js'
import { runModelAction } from './exports.js'

/**
 * The selective-access layer (R10, R13, R37, F42–F45, A2, A18, A40): per-user Read or Write grants on
 * the items of lists with selective access cap every cell dimensioned by them, and warn when an export
 * will come out empty or partial. See `docs/modules/selective-access.md`.
 *
 * @example
 * ```ts
 * import { modules, policy, decideWith } from 'accessgrid'
 * const planning = decideWith(policy([modules.modelRoles, modules.selectiveAccess]))
 * ```
 */
export const selectiveAccess = ruleModule('selectiveAccess', {
  'cell.read': readCell,
  'cell.write': writeCell,
  'listItem.read': readListItem,
  'listItem.write': writeListItem,
  'modelAction.run': runModelAction,
})
