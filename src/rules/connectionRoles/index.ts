import { ruleModule } from '../../rule/rule.js'
import { setGroupMember, setProjectRole, setUserRole } from './workplace-admin.js'
import { connectionAccess, createConnection, createSync, manageSyncs } from './access.js'
import { addMember, removeMember, setMemberRole } from './members.js'

/**
 * Connection roles of a workplace (seed 001): workplace-derived, direct and group connection roles, highest
 * wins (R43, I32); plan gating (R38, I37); Manage Syncs on projects (R44, I36); member administration with
 * the workplace floor (R47–R49, A38).
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const workplaceOnly = policy([modules.connectionRoles])
 * ```
 */
export const connectionRoles = ruleModule('connectionRoles', {
  'connection.view': connectionAccess,
  'connection.manage': connectionAccess,
  'connection.createSync': createSync,
  'connection.addMember': addMember,
  'connection.setMemberRole': setMemberRole,
  'connection.removeMember': removeMember,
  'workplace.createConnection': createConnection,
  'project.manageSyncs': manageSyncs,
  'workplace.setUserRole': setUserRole,
  'workplace.setGroupMember': setGroupMember,
  'project.setMemberRole': setProjectRole,
})
