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
import { reason } from '../../decision/reason.js';
import { verdict } from '../../decision/verdict.js';
import type { Rule } from '../../rule/rule.js';
import { tenantOf, unknownId } from '../shared/lookups.js';
import { scopedObject } from './objects.js';
import { caps, scopeVerdicts } from './roles.js';
import { requester } from './subjects.js';

/**
 * `cloudworks.setRunAs` (R20, A32): only the named user may set it, naming themselves, while they may
 * manage the integration; only a tenant administrator may clear it (`user: null`). Anything else is denied.
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.setRunAs': setRunAs })
 * ```
 */
export const setRunAs: Rule<'cloudworks.setRunAs'> = (request, context) => {
  if (stryMutAct_9fa48("567")) {
    {}
  } else {
    stryCov_9fa48("567");
    const tenant = tenantOf(context.world);
    if (stryMutAct_9fa48("570") ? tenant !== undefined : stryMutAct_9fa48("569") ? false : stryMutAct_9fa48("568") ? true : (stryCov_9fa48("568", "569", "570"), tenant === undefined)) return unknownId(stryMutAct_9fa48("571") ? "" : (stryCov_9fa48("571"), 'tenant'), stryMutAct_9fa48("572") ? "" : (stryCov_9fa48("572"), 'tenant'));
    if (stryMutAct_9fa48("575") ? request.resource.kind === 'integration' : stryMutAct_9fa48("574") ? false : stryMutAct_9fa48("573") ? true : (stryCov_9fa48("573", "574", "575"), request.resource.kind !== (stryMutAct_9fa48("576") ? "" : (stryCov_9fa48("576"), 'integration')))) return verdict.skip;
    const object = scopedObject(tenant, request.resource);
    if (stryMutAct_9fa48("579") ? object !== undefined : stryMutAct_9fa48("578") ? false : stryMutAct_9fa48("577") ? true : (stryCov_9fa48("577", "578", "579"), object === undefined)) return unknownId(stryMutAct_9fa48("580") ? "" : (stryCov_9fa48("580"), 'integration'), request.resource.id);
    const who = requester(tenant, request.subject, request.action.type);
    if (stryMutAct_9fa48("582") ? false : stryMutAct_9fa48("581") ? true : (stryCov_9fa48("581", "582"), (stryMutAct_9fa48("583") ? "" : (stryCov_9fa48("583"), 'denied')) in who)) return who.denied;
    const user = who.user.id;
    const named = request.action.user;
    if (stryMutAct_9fa48("586") ? named !== null : stryMutAct_9fa48("585") ? false : stryMutAct_9fa48("584") ? true : (stryCov_9fa48("584", "585", "586"), named === null)) return tenant.tenantAdmins.has(user) ? verdict.grant(1, reason(stryMutAct_9fa48("587") ? "" : (stryCov_9fa48("587"), 'integration_roles.run_as_cleared_by_tenant_admin'), stryMutAct_9fa48("588") ? {} : (stryCov_9fa48("588"), {
      user,
      integration: object.id
    }))) : verdict.cap(0, reason(stryMutAct_9fa48("589") ? "" : (stryCov_9fa48("589"), 'integration_roles.run_as_clear_needs_tenant_admin'), stryMutAct_9fa48("590") ? {} : (stryCov_9fa48("590"), {
      user,
      integration: object.id
    })));
    const self = (stryMutAct_9fa48("593") ? named !== user : stryMutAct_9fa48("592") ? false : stryMutAct_9fa48("591") ? true : (stryCov_9fa48("591", "592", "593"), named === user)) ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("594") ? "" : (stryCov_9fa48("594"), 'integration_roles.run_as_not_self'), stryMutAct_9fa48("595") ? {} : (stryCov_9fa48("595"), {
      user,
      named
    })));
    const scope = caps(scopeVerdicts(tenant, who.user, object, stryMutAct_9fa48("596") ? "" : (stryCov_9fa48("596"), 'subject')));
    const blocked = verdict.concat(self, scope);
    return (stryMutAct_9fa48("600") ? blocked.length <= 0 : stryMutAct_9fa48("599") ? blocked.length >= 0 : stryMutAct_9fa48("598") ? false : stryMutAct_9fa48("597") ? true : (stryCov_9fa48("597", "598", "599", "600"), blocked.length > 0)) ? blocked : verdict.grant(1, reason(stryMutAct_9fa48("601") ? "" : (stryCov_9fa48("601"), 'integration_roles.run_as_self'), stryMutAct_9fa48("602") ? {} : (stryCov_9fa48("602"), {
      user,
      integration: object.id
    })));
  }
};