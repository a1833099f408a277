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
import type { ProjectId } from '../../domain/ids.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { ProjectRecord, WorkplaceUserRecord } from '../../snapshot/workplace/types.js';
import { isProjectAdminWorkplaceRole } from './tables.js';

/**
 * The grants of Manage Syncs on a project (R44): workplace Owners and Admins as project Admins everywhere
 * (F61, I38), and every project role with Manage Syncs held by the user or by any of their groups (the
 * union, F62, F63). Empty when the user may not manage syncs there.
 *
 * @example
 * ```ts
 * manageSyncsGrants(user, project).length > 0 // may manage syncs
 * ```
 */
export const manageSyncsGrants = (user: WorkplaceUserRecord, project: ProjectRecord): Verdicts => {
  if (stryMutAct_9fa48("228")) {
    {}
  } else {
    stryCov_9fa48("228");
    const projectId: ProjectId = project.id;
    const asWorkplaceAdmin = (stryMutAct_9fa48("231") ? user.role.builtIn || isProjectAdminWorkplaceRole(user.role.id) : stryMutAct_9fa48("230") ? false : stryMutAct_9fa48("229") ? true : (stryCov_9fa48("229", "230", "231"), user.role.builtIn && isProjectAdminWorkplaceRole(user.role.id))) ? verdict.grant(1, reason(stryMutAct_9fa48("232") ? "" : (stryCov_9fa48("232"), 'connection_roles.workplace_project_admin'), stryMutAct_9fa48("233") ? {} : (stryCov_9fa48("233"), {
      role: user.role.id
    }))) : verdict.skip;
    const roles = stryMutAct_9fa48("234") ? [] : (stryCov_9fa48("234"), [project.members.users.get(user.id), ...(stryMutAct_9fa48("235") ? [] : (stryCov_9fa48("235"), [...user.groups])).map(stryMutAct_9fa48("236") ? () => undefined : (stryCov_9fa48("236"), group => project.members.groups.get(group)))]);
    return verdict.concat(asWorkplaceAdmin, ...roles.map(stryMutAct_9fa48("237") ? () => undefined : (stryCov_9fa48("237"), role => (stryMutAct_9fa48("240") ? role?.manageSyncs !== true : stryMutAct_9fa48("239") ? false : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239", "240"), (stryMutAct_9fa48("241") ? role.manageSyncs : (stryCov_9fa48("241"), role?.manageSyncs)) === (stryMutAct_9fa48("242") ? false : (stryCov_9fa48("242"), true)))) ? verdict.grant(1, reason(stryMutAct_9fa48("243") ? "" : (stryCov_9fa48("243"), 'connection_roles.project_role'), stryMutAct_9fa48("244") ? {} : (stryCov_9fa48("244"), {
      project: projectId,
      role: role.id
    }))) : verdict.skip)));
  }
};