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
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { IntegrationRecord } from '../../snapshot/tenant/types.js';

/**
 * Who an integration's scheduled runs will act as, said up front (seed 002: "will run as Internal
 * (Full Access)"): its run-as user (A32); for a restricted integration its last runner, or nobody until
 * a restricted integration user runs it by hand (A31); otherwise Internal (Full Access) (F26, A44). A
 * warning, so a configuration dialog can show it; it changes no level. `integration` is `undefined`
 * for one being created: a new integration has no run-as user and no last runner.
 *
 * @example
 * ```ts
 * scheduledIdentity(undefined, false) // warn: scheduled runs will run as Internal (Full Access)
 * ```
 */
export const scheduledIdentity = (integration: IntegrationRecord | undefined, restricted: boolean): Verdicts => {
  if (stryMutAct_9fa48("640")) {
    {}
  } else {
    stryCov_9fa48("640");
    const name = stryMutAct_9fa48("641") ? integration?.id && '' : (stryCov_9fa48("641"), (stryMutAct_9fa48("642") ? integration.id : (stryCov_9fa48("642"), integration?.id)) ?? (stryMutAct_9fa48("643") ? "Stryker was here!" : (stryCov_9fa48("643"), '')));
    const user = stryMutAct_9fa48("644") ? integration?.runAs && (restricted ? integration?.lastRunBy : undefined) : (stryCov_9fa48("644"), (stryMutAct_9fa48("645") ? integration.runAs : (stryCov_9fa48("645"), integration?.runAs)) ?? (restricted ? stryMutAct_9fa48("646") ? integration.lastRunBy : (stryCov_9fa48("646"), integration?.lastRunBy) : undefined));
    const identity = (stryMutAct_9fa48("649") ? integration?.runAs === undefined : stryMutAct_9fa48("648") ? false : stryMutAct_9fa48("647") ? true : (stryCov_9fa48("647", "648", "649"), (stryMutAct_9fa48("650") ? integration.runAs : (stryCov_9fa48("650"), integration?.runAs)) !== undefined)) ? stryMutAct_9fa48("651") ? "" : (stryCov_9fa48("651"), 'runAs') : restricted ? (stryMutAct_9fa48("654") ? user !== undefined : stryMutAct_9fa48("653") ? false : stryMutAct_9fa48("652") ? true : (stryCov_9fa48("652", "653", "654"), user === undefined)) ? stryMutAct_9fa48("655") ? "" : (stryCov_9fa48("655"), 'nobody') : stryMutAct_9fa48("656") ? "" : (stryCov_9fa48("656"), 'lastRunner') : stryMutAct_9fa48("657") ? "" : (stryCov_9fa48("657"), 'internalAlias');
    return verdict.warn(reason(stryMutAct_9fa48("658") ? "" : (stryCov_9fa48("658"), 'integration_roles.scheduled_runs_as'), stryMutAct_9fa48("659") ? {} : (stryCov_9fa48("659"), {
      integration: name,
      identity,
      user: stryMutAct_9fa48("660") ? user && '' : (stryCov_9fa48("660"), user ?? (stryMutAct_9fa48("661") ? "Stryker was here!" : (stryCov_9fa48("661"), '')))
    })));
  }
};