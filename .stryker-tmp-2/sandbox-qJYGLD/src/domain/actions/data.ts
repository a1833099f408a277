// @ts-nocheck
import type { ActionSpecs } from './spec.js'

/**
 * How a cell is read: interactively (grids, pages, API reads), as the source of an export, or as the
 * source of a model-to-model import. The channel decides which layers apply to workspace
 * administrators and to the Internal (Full Access) alias (A2, A3, A19, A26).
 *
 * @example
 * ```ts
 * const channel: ReadChannel = 'export'
 * ```
 */
export type ReadChannel = 'interactive' | 'export' | 'importSource'
/**
 * How a cell is written: interactively, by an import from a file, or as the target of a
 * model-to-model import (F51, F53).
 *
 * @example
 * ```ts
 * const channel: WriteChannel = 'fileImport'
 * ```
 */
export type WriteChannel = 'interactive' | 'fileImport' | 'modelImport'

/**
 * Read a cell.
 *
 * @example
 * ```ts
 * const read: ReadCell = { type: 'cell.read', channel: 'interactive' }
 * ```
 */
export interface ReadCell { readonly type: 'cell.read'; readonly channel: ReadChannel }
/**
 * Write a cell.
 *
 * @example
 * ```ts
 * const write: WriteCell = { type: 'cell.write', channel: 'modelImport' }
 * ```
 */
export interface WriteCell { readonly type: 'cell.write'; readonly channel: WriteChannel }
/**
 * Read a list item's data (its selective-access level, F42).
 *
 * @example
 * ```ts
 * const read: ReadListItem = { type: 'listItem.read' } // on resource.listItem(id.model('finance-plan'), id.list('cost-centre'), id.item('cc-berlin'))
 * ```
 */
export interface ReadListItem { readonly type: 'listItem.read' }
/**
 * Write a list item's data.
 *
 * @example
 * ```ts
 * const write: WriteListItem = { type: 'listItem.write' } // on a listItem resource
 * ```
 */
export interface WriteListItem { readonly type: 'listItem.write' }
/**
 * Insert, delete or rename items of a list: its structure (F39, A23).
 *
 * @example
 * ```ts
 * const edit: EditListStructure = { type: 'list.editStructure' } // on resource.list(id.model('finance-plan'), id.list('product'))
 * ```
 */
export interface EditListStructure { readonly type: 'list.editStructure' }
/**
 * Run an import, export, process or built-in action of a model (F40, F52–F56).
 *
 * @example
 * ```ts
 * const run: RunModelAction = { type: 'modelAction.run' } // on resource.modelAction(id.model('finance-plan'), id.modelAction('import-budget'))
 * ```
 */
export interface RunModelAction { readonly type: 'modelAction.run' }

/**
 * Data acts inside a model.
 *
 * @example
 * ```ts
 * const action: DataAction = { type: 'cell.read', channel: 'export' }
 * ```
 */
export type DataAction = ReadCell | WriteCell | ReadListItem | WriteListItem | EditListStructure | RunModelAction

/**
 * Specs of the data acts.
 *
 * @example
 * ```ts
 * dataActionSpecs['cell.read'].requires // 'read'
 * ```
 */
export const dataActionSpecs: ActionSpecs<DataAction['type']> = {
  'cell.read': { lattice: 'access', requires: 'read', resources: ['cell'] },
  'cell.write': { lattice: 'access', requires: 'write', resources: ['cell'] },
  'listItem.read': { lattice: 'access', requires: 'read', resources: ['listItem'] },
  'listItem.write': { lattice: 'access', requires: 'write', resources: ['listItem'] },
  'list.editStructure': { lattice: 'permission', requires: 'allowed', resources: ['list'] },
  'modelAction.run': { lattice: 'permission', requires: 'allowed', resources: ['modelAction'] },
}
