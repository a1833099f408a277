// @ts-nocheck
import { ruleModule } from '../../rule/rule.js'
import { runModelAction } from './actions.js'
import { editListStructure, openModel, readCell, readListItem, writeCell, writeListItem } from './data.js'

/**
 * The model-role layer (R34–R36, F34–F40, F56): the actor's one role in the model grants cells by its
 * module and version permissions, list structure by its list permission, and model actions by its
 * action permission and the action's visibility. The Internal (Full Access) alias has Full Access in a
 * model with an alias entry, No Access otherwise (A33). See `docs/modules/model-roles.md`.
 *
 * @example
 * ```ts
 * import { modules, policy, decideWith } from 'accessgrid'
 * const rolesOnly = decideWith(policy([modules.modelRoles]))
 * ```
 */
export const modelRoles = ruleModule('modelRoles', {
  'cell.read': readCell,
  'cell.write': writeCell,
  'listItem.read': readListItem,
  'listItem.write': writeListItem,
  'list.editStructure': editListStructure,
  'model.open': openModel,
  'modelAction.run': runModelAction,
})
