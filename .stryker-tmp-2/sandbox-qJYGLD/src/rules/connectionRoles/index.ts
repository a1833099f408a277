// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { ruleModule } from '../../rule/rule.js';
import { setGroupMember, setProjectRole, setUserRole } from './workplace-admin.js';
import { connectionAccess, createConnection, createSync, manageSyncs } from './access.js';
import { addMember, removeMember, setMemberRole } from './members.js';

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
export const connectionRoles = ruleModule(stryMutAct_9fa48("148") ? "" : (stryCov_9fa48("148"), 'connectionRoles'), stryMutAct_9fa48("149") ? {} : (stryCov_9fa48("149"), {
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
  'project.setMemberRole': setProjectRole
}));