import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * How a selective-access import treats the grants already on the list: `additive` keeps them and adds
 * the file's (F46: import is additive); `clearThenLoad` first removes every grant on the list.
 *
 * @example
 * ```ts
 * const mode: SelectiveAccessImportMode = 'clearThenLoad'
 * ```
 */
export type SelectiveAccessImportMode = 'additive' | 'clearThenLoad'

/**
 * Import selective-access grants into the list named by the resource (F46, F75). The rows travel with
 * the command that carries this act; deciding it needs only the list and the mode. Only workspace
 * administrators of the model's workspace may (R33).
 *
 * @example
 * ```ts
 * const load: ImportSelectiveAccess = { type: 'selectiveAccess.import', mode: 'additive' } // on resource.list(id.model('finance-plan'), id.list('cost-centre'))
 * ```
 */
export interface ImportSelectiveAccess {
  readonly type: 'selectiveAccess.import'
  readonly mode: SelectiveAccessImportMode
}

/**
 * Model administration acts added for commands.
 *
 * @example
 * ```ts
 * const action: ModelAdministrationAction = { type: 'selectiveAccess.import', mode: 'clearThenLoad' }
 * ```
 */
export type ModelAdministrationAction = ImportSelectiveAccess

/**
 * Specs of the model administration acts.
 *
 * @example
 * ```ts
 * modelAdministrationActionSpecs['selectiveAccess.import'].resources // ['list']
 * ```
 */
export const modelAdministrationActionSpecs: ActionSpecs<ModelAdministrationAction['type']> = {
  'selectiveAccess.import': permissionOn('list'),
}
