// @ts-nocheck
import { allOf } from '../../rule/combinators.js'
import { ruleModule } from '../../rule/rule.js'
import { accountDisabled } from './account-disabled.js'
import { buildPages, manageSso, readAudit, setSwitch, viewAssignments, viewDirectory } from './console.js'
import { assignRole, unassignRole } from './roles.js'
import { setSsoException } from './sso-exception.js'
import { createInternalUser, setAccountStatus } from './users.js'

/**
 * Tenant administration roles (R1–R8, R22, F1–F17, I17–I20, I23, I24): who may assign roles, create
 * and disable users, manage SSO, read audit and set the switches, with every validation as a deny
 * that names its reason. Administration roles never grant model data (I17): on data acts this module
 * only caps disabled accounts to none.
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const tenantOnly = policy([modules.tenantRoles])
 * ```
 */
export const tenantRoles = ruleModule('tenantRoles', {
  'tenant.assignRole': allOf<'tenant.assignRole'>(accountDisabled, assignRole),
  'tenant.unassignRole': allOf<'tenant.unassignRole'>(accountDisabled, unassignRole),
  'tenant.createInternalUser': allOf<'tenant.createInternalUser'>(accountDisabled, createInternalUser),
  'tenant.setAccountStatus': allOf<'tenant.setAccountStatus'>(accountDisabled, setAccountStatus),
  'tenant.setSwitch': allOf<'tenant.setSwitch'>(accountDisabled, setSwitch),
  'tenant.setSsoException': allOf<'tenant.setSsoException'>(accountDisabled, setSsoException),
  'tenant.readAudit': allOf<'tenant.readAudit'>(accountDisabled, readAudit),
  'tenant.manageSso': allOf<'tenant.manageSso'>(accountDisabled, manageSso),
  'tenant.viewAssignments': allOf<'tenant.viewAssignments'>(accountDisabled, viewAssignments),
  'tenant.viewDirectory': allOf<'tenant.viewDirectory'>(accountDisabled, viewDirectory),
  'tenant.buildPages': allOf<'tenant.buildPages'>(accountDisabled, buildPages),
  'workspace.addUser': accountDisabled,
  'workspace.removeUser': accountDisabled,
  'workspace.importUsers': accountDisabled,
  'workspace.exportUsers': accountDisabled,
  'workspace.setAdmin': accountDisabled,
  'workspace.setModelRole': accountDisabled,
  'model.open': accountDisabled,
  'model.manage': accountDisabled,
  'model.createRole': accountDisabled,
  'model.setRolePermissions': accountDisabled,
  'model.deleteRole': accountDisabled,
  'cell.read': accountDisabled,
  'cell.write': accountDisabled,
  'listItem.read': accountDisabled,
  'listItem.write': accountDisabled,
  'list.editStructure': accountDisabled,
  'modelAction.run': accountDisabled,
  'cloudworks.create': accountDisabled,
  'cloudworks.manage': accountDisabled,
  'cloudworks.run': accountDisabled,
  'cloudworks.setRunAs': accountDisabled,
})
