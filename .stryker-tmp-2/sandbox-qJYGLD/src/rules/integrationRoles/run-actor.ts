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
import type { UserId } from '../../domain/ids.js';
import { subject as subjects } from '../../domain/subject.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { ActorResolution, RequestOf } from '../../rule/rule.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import type { IntegrationRecord, TenantSnapshot } from '../../snapshot/tenant/types.js';
import { membershipOf, tenantOf, unknownId, userOf } from '../shared/lookups.js';
import { caps, scopeVerdicts } from './roles.js';
const denied = stryMutAct_9fa48("493") ? () => undefined : (stryCov_9fa48("493"), (() => {
  const denied = (verdicts: Verdicts): ActorResolution => stryMutAct_9fa48("494") ? {} : (stryCov_9fa48("494"), {
    tag: stryMutAct_9fa48("495") ? "" : (stryCov_9fa48("495"), 'denied'),
    verdicts
  });
  return denied;
})());

/**
 * Who a run of an integration acts as (the run identity), decided before any data check:
 *
 * 1. the run-as user, if set, who must be enabled and a member of the integration's workspace at run
 *    time, else deny: never a fallback (R20, A32);
 * 2. for a restricted integration, the RIU running it by hand, or for a scheduled run the last runner,
 *    re-checked at run time; no last runner, or one who lost the role or the workspace, denies: never the
 *    creator, never the alias (F23, R11, A6, A31, I25, I31);
 * 3. otherwise Internal (Full Access) (F26, R15, A44, I29).
 *
 * @example
 * ```ts
 * resolveRunActor({ subject: subject.scheduler, actor: undefined, action: { type: 'cloudworks.run' }, resource }, snapshot)
 * ```
 */
export const resolveRunActor = (request: RequestOf<'cloudworks.run'>, world: Snapshot): ActorResolution => {
  if (stryMutAct_9fa48("496")) {
    {}
  } else {
    stryCov_9fa48("496");
    const tenant = tenantOf(world);
    if (stryMutAct_9fa48("499") ? tenant !== undefined : stryMutAct_9fa48("498") ? false : stryMutAct_9fa48("497") ? true : (stryCov_9fa48("497", "498", "499"), tenant === undefined)) return denied(unknownId(stryMutAct_9fa48("500") ? "" : (stryCov_9fa48("500"), 'tenant'), stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), 'tenant')));
    if (stryMutAct_9fa48("504") ? request.resource.kind === 'integration' : stryMutAct_9fa48("503") ? false : stryMutAct_9fa48("502") ? true : (stryCov_9fa48("502", "503", "504"), request.resource.kind !== (stryMutAct_9fa48("505") ? "" : (stryCov_9fa48("505"), 'integration')))) return denied(unknownId(stryMutAct_9fa48("506") ? "" : (stryCov_9fa48("506"), 'integration'), request.resource.kind));
    const integration = tenant.integrations.get(request.resource.id);
    if (stryMutAct_9fa48("509") ? integration !== undefined : stryMutAct_9fa48("508") ? false : stryMutAct_9fa48("507") ? true : (stryCov_9fa48("507", "508", "509"), integration === undefined)) return denied(unknownId(stryMutAct_9fa48("510") ? "" : (stryCov_9fa48("510"), 'integration'), request.resource.id));
    const trigger = request.subject;
    if (stryMutAct_9fa48("513") ? trigger.kind !== 'internalAlias' : stryMutAct_9fa48("512") ? false : stryMutAct_9fa48("511") ? true : (stryCov_9fa48("511", "512", "513"), trigger.kind === (stryMutAct_9fa48("514") ? "" : (stryCov_9fa48("514"), 'internalAlias')))) return denied(verdict.cap(0, reason(stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), 'request.subject_not_supported'), stryMutAct_9fa48("516") ? {} : (stryCov_9fa48("516"), {
      subject: trigger.kind,
      action: request.action.type
    }))));
    if (stryMutAct_9fa48("519") ? integration.runAs === undefined : stryMutAct_9fa48("518") ? false : stryMutAct_9fa48("517") ? true : (stryCov_9fa48("517", "518", "519"), integration.runAs !== undefined)) return runAsActor(tenant, integration, integration.runAs);
    if (stryMutAct_9fa48("522") ? false : stryMutAct_9fa48("521") ? true : stryMutAct_9fa48("520") ? integration.restricted : (stryCov_9fa48("520", "521", "522"), !integration.restricted)) return stryMutAct_9fa48("523") ? {} : (stryCov_9fa48("523"), {
      tag: stryMutAct_9fa48("524") ? "" : (stryCov_9fa48("524"), 'actor'),
      actor: subjects.internalAlias,
      verdicts: verdict.skip
    });
    if (stryMutAct_9fa48("527") ? trigger.kind !== 'user' : stryMutAct_9fa48("526") ? false : stryMutAct_9fa48("525") ? true : (stryCov_9fa48("525", "526", "527"), trigger.kind === (stryMutAct_9fa48("528") ? "" : (stryCov_9fa48("528"), 'user')))) return stryMutAct_9fa48("529") ? {} : (stryCov_9fa48("529"), {
      tag: stryMutAct_9fa48("530") ? "" : (stryCov_9fa48("530"), 'actor'),
      actor: trigger,
      verdicts: verdict.skip
    });
    return lastRunnerActor(tenant, integration);
  }
};
const runAsActor = (tenant: TenantSnapshot, integration: IntegrationRecord, runAs: UserId): ActorResolution => {
  if (stryMutAct_9fa48("531")) {
    {}
  } else {
    stryCov_9fa48("531");
    const user = userOf(tenant, runAs);
    if (stryMutAct_9fa48("534") ? user !== undefined : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), user === undefined)) return denied(unknownId(stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), 'user'), runAs));
    const blocked = verdict.concat(user.enabled ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), 'integration_roles.user_disabled'), stryMutAct_9fa48("537") ? {} : (stryCov_9fa48("537"), {
      user: user.id,
      identity: stryMutAct_9fa48("538") ? "" : (stryCov_9fa48("538"), 'runAs')
    }))), (stryMutAct_9fa48("541") ? membershipOf(tenant, user.id, integration.workspace) === undefined : stryMutAct_9fa48("540") ? false : stryMutAct_9fa48("539") ? true : (stryCov_9fa48("539", "540", "541"), membershipOf(tenant, user.id, integration.workspace) !== undefined)) ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("542") ? "" : (stryCov_9fa48("542"), 'integration_roles.run_as_not_member'), stryMutAct_9fa48("543") ? {} : (stryCov_9fa48("543"), {
      user: user.id,
      workspace: integration.workspace
    }))));
    return (stryMutAct_9fa48("547") ? blocked.length <= 0 : stryMutAct_9fa48("546") ? blocked.length >= 0 : stryMutAct_9fa48("545") ? false : stryMutAct_9fa48("544") ? true : (stryCov_9fa48("544", "545", "546", "547"), blocked.length > 0)) ? denied(blocked) : stryMutAct_9fa48("548") ? {} : (stryCov_9fa48("548"), {
      tag: stryMutAct_9fa48("549") ? "" : (stryCov_9fa48("549"), 'actor'),
      actor: subjects.user(user.id),
      verdicts: verdict.skip
    });
  }
};
const lastRunnerActor = (tenant: TenantSnapshot, integration: IntegrationRecord): ActorResolution => {
  if (stryMutAct_9fa48("550")) {
    {}
  } else {
    stryCov_9fa48("550");
    if (stryMutAct_9fa48("553") ? integration.lastRunBy !== undefined : stryMutAct_9fa48("552") ? false : stryMutAct_9fa48("551") ? true : (stryCov_9fa48("551", "552", "553"), integration.lastRunBy === undefined)) return denied(verdict.cap(0, reason(stryMutAct_9fa48("554") ? "" : (stryCov_9fa48("554"), 'integration_roles.no_last_runner'), stryMutAct_9fa48("555") ? {} : (stryCov_9fa48("555"), {
      integration: integration.id
    }))));
    const user = userOf(tenant, integration.lastRunBy);
    if (stryMutAct_9fa48("558") ? user !== undefined : stryMutAct_9fa48("557") ? false : stryMutAct_9fa48("556") ? true : (stryCov_9fa48("556", "557", "558"), user === undefined)) return denied(unknownId(stryMutAct_9fa48("559") ? "" : (stryCov_9fa48("559"), 'user'), integration.lastRunBy));
    const object = {
      object: 'integration',
      id: integration.id,
      workspace: integration.workspace,
      restricted: true
    } as const;
    const blocked = caps(scopeVerdicts(tenant, user, object, stryMutAct_9fa48("560") ? "" : (stryCov_9fa48("560"), 'lastRunner')));
    return (stryMutAct_9fa48("564") ? blocked.length <= 0 : stryMutAct_9fa48("563") ? blocked.length >= 0 : stryMutAct_9fa48("562") ? false : stryMutAct_9fa48("561") ? true : (stryCov_9fa48("561", "562", "563", "564"), blocked.length > 0)) ? denied(blocked) : stryMutAct_9fa48("565") ? {} : (stryCov_9fa48("565"), {
      tag: stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), 'actor'),
      actor: subjects.user(user.id),
      verdicts: verdict.skip
    });
  }
};