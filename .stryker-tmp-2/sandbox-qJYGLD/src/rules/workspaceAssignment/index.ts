// @ts-nocheck
import { ruleModule } from '../../rule/rule.js'
import { setAdmin, setModelRole } from './admin.js'
import { membershipGate } from './member-gate.js'
import { addUser, exportUsers, importUsers, removeUser } from './membership.js'
import { manageModel, openModel } from './model.js'

/**
 * Workspace assignment (R21–R33, F8, F31–F36, F70, F71, I14, I16, I22): the membership gate of every
 * model-scoped act, what workspace administrators may do, and who adds and removes users on which
 * channel under the user-management switch. An RIU's workspace assignment grants nothing here (R4, I16).
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const membershipOnly = policy([modules.workspaceAssignment])
 * ```
 */
export const workspaceAssignment = ruleModule('workspaceAssignment', {
  'workspace.addUser': addUser,
  'workspace.removeUser': removeUser,
  'workspace.importUsers': importUsers,
  'workspace.exportUsers': exportUsers,
  'workspace.setAdmin': setAdmin,
  'workspace.setModelRole': setModelRole,
  'model.open': openModel,
  'model.manage': manageModel,
  'cell.read': membershipGate,
  'cell.write': membershipGate,
  'listItem.read': membershipGate,
  'listItem.write': membershipGate,
  'list.editStructure': membershipGate,
  'modelAction.run': membershipGate,
})
