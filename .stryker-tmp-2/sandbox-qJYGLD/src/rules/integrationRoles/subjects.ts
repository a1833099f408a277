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
import type { ActionType } from '../../domain/action.js';
import type { Subject } from '../../domain/subject.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js';
import { unknownId, userOf } from '../shared/lookups.js';

/**
 * The user record of a request's subject, or the verdicts that deny it: only users manage CloudWorks
 * objects, and an unknown user denies with `request.unknown_id`.
 *
 * @example
 * ```ts
 * const who = requester(tenant, request.subject, 'cloudworks.manage')
 * if ('denied' in who) return who.denied
 * ```
 */
export const requester = (tenant: TenantSnapshot, subject: Subject, action: ActionType): {
  readonly user: UserRecord;
} | {
  readonly denied: Verdicts;
} => {
  if (stryMutAct_9fa48("662")) {
    {}
  } else {
    stryCov_9fa48("662");
    if (stryMutAct_9fa48("665") ? subject.kind === 'user' : stryMutAct_9fa48("664") ? false : stryMutAct_9fa48("663") ? true : (stryCov_9fa48("663", "664", "665"), subject.kind !== (stryMutAct_9fa48("666") ? "" : (stryCov_9fa48("666"), 'user')))) return stryMutAct_9fa48("667") ? {} : (stryCov_9fa48("667"), {
      denied: verdict.cap(0, reason(stryMutAct_9fa48("668") ? "" : (stryCov_9fa48("668"), 'request.subject_not_supported'), stryMutAct_9fa48("669") ? {} : (stryCov_9fa48("669"), {
        subject: subject.kind,
        action
      })))
    });
    const user = userOf(tenant, subject.id);
    return (stryMutAct_9fa48("672") ? user !== undefined : stryMutAct_9fa48("671") ? false : stryMutAct_9fa48("670") ? true : (stryCov_9fa48("670", "671", "672"), user === undefined)) ? stryMutAct_9fa48("673") ? {} : (stryCov_9fa48("673"), {
      denied: unknownId(stryMutAct_9fa48("674") ? "" : (stryCov_9fa48("674"), 'user'), subject.id)
    }) : stryMutAct_9fa48("675") ? {} : (stryCov_9fa48("675"), {
      user
    });
  }
};