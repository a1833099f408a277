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
import { create, manage } from './objects.js';
import { run } from './run.js';
import { resolveRunActor } from './run-actor.js';
import { setRunAs } from './run-as.js';

/**
 * Integration roles and run identity (R9–R20, F17–F30, A4–A7, A30–A32, A44–A46): who may create,
 * manage and run CloudWorks connections and integrations, and who a run acts as.
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const cloudworksOnly = policy([modules.integrationRoles])
 * ```
 */
export const integrationRoles = ruleModule(stryMutAct_9fa48("359") ? "" : (stryCov_9fa48("359"), 'integrationRoles'), stryMutAct_9fa48("360") ? {} : (stryCov_9fa48("360"), {
  'cloudworks.create': create,
  'cloudworks.manage': manage,
  'cloudworks.run': run,
  'cloudworks.setRunAs': setRunAs
}), stryMutAct_9fa48("361") ? {} : (stryCov_9fa48("361"), {
  'cloudworks.run': resolveRunActor
}));
export { resolveRunActor } from './run-actor.js';
export { integrationRoleOf, type IntegrationRole } from './roles.js';