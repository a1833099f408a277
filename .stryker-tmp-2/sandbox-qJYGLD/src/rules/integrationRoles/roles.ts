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
import type { WorkspaceId } from '../../domain/ids.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js';
import { membershipOf } from '../shared/lookups.js';

/**
 * The integration role a user counts as: a holder of both counts as integration administrator (F20, A4).
 *
 * @example
 * ```ts
 * const role: IntegrationRole = 'restrictedIntegrationUser'
 * ```
 */
export type IntegrationRole = 'integrationAdmin' | 'restrictedIntegrationUser' | 'none';

/**
 * The integration role a user counts as (F20, A4, I28).
 *
 * @example
 * ```ts
 * integrationRoleOf(user) // 'integrationAdmin' for a holder of both roles
 * ```
 */
export const integrationRoleOf = stryMutAct_9fa48("443") ? () => undefined : (stryCov_9fa48("443"), (() => {
  const integrationRoleOf = (user: UserRecord): IntegrationRole => user.roles.has(stryMutAct_9fa48("444") ? "" : (stryCov_9fa48("444"), 'integrationAdmin')) ? stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), 'integrationAdmin') : (stryMutAct_9fa48("449") ? user.riuWorkspaces.size <= 0 : stryMutAct_9fa48("448") ? user.riuWorkspaces.size >= 0 : stryMutAct_9fa48("447") ? false : stryMutAct_9fa48("446") ? true : (stryCov_9fa48("446", "447", "448", "449"), user.riuWorkspaces.size > 0)) ? stryMutAct_9fa48("450") ? "" : (stryCov_9fa48("450"), 'restrictedIntegrationUser') : stryMutAct_9fa48("451") ? "" : (stryCov_9fa48("451"), 'none');
  return integrationRoleOf;
})());

/**
 * Whose scope is checked: the requester, the integration's run-as user or its last runner.
 *
 * @example
 * ```ts
 * const identity: Identity = 'lastRunner'
 * ```
 */
export type Identity = 'subject' | 'runAs' | 'lastRunner';

/**
 * A CloudWorks object as far as scope is concerned (F21): what it is, where it lives, who may use it.
 *
 * @example
 * ```ts
 * const nightly: ScopedObject = { object: 'integration', id: 'nightly', workspace: id.workspace('ws1'), restricted: true }
 * ```
 */
export interface ScopedObject {
  readonly object: 'connection' | 'integration';
  readonly id: string;
  readonly workspace: WorkspaceId;
  readonly restricted: boolean;
}

/**
 * Whether a user may manage (and run) a CloudWorks object: a grant when their role's partition and
 * scope include it, a `cap(0)` for each reason it does not (F18–F22, F24, I26, I27, A5, A30, A44).
 * A disabled run-as user or last runner is capped here; a disabled requester is capped by the
 * tenant roles module (`tenant_roles.account_disabled`), which covers every act.
 *
 * @example
 * ```ts
 * scopeVerdicts(tenant, riu, { object: 'integration', id: 'nightly', workspace, restricted: true }, 'subject')
 * ```
 */
export const scopeVerdicts = (tenant: TenantSnapshot, user: UserRecord, target: ScopedObject, identity: Identity): Verdicts => {
  if (stryMutAct_9fa48("452")) {
    {}
  } else {
    stryCov_9fa48("452");
    const disabled = (stryMutAct_9fa48("455") ? user.enabled && identity === 'subject' : stryMutAct_9fa48("454") ? false : stryMutAct_9fa48("453") ? true : (stryCov_9fa48("453", "454", "455"), user.enabled || (stryMutAct_9fa48("457") ? identity !== 'subject' : stryMutAct_9fa48("456") ? false : (stryCov_9fa48("456", "457"), identity === (stryMutAct_9fa48("458") ? "" : (stryCov_9fa48("458"), 'subject')))))) ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("459") ? "" : (stryCov_9fa48("459"), 'integration_roles.user_disabled'), stryMutAct_9fa48("460") ? {} : (stryCov_9fa48("460"), {
      user: user.id,
      identity
    })));
    const role = integrationRoleOf(user);
    const object = stryMutAct_9fa48("461") ? {} : (stryCov_9fa48("461"), {
      user: user.id,
      object: target.object,
      id: target.id,
      identity
    });
    switch (role) {
      case stryMutAct_9fa48("463") ? "" : (stryCov_9fa48("463"), 'none'):
        if (stryMutAct_9fa48("462")) {} else {
          stryCov_9fa48("462");
          return verdict.concat(disabled, verdict.cap(0, reason(stryMutAct_9fa48("464") ? "" : (stryCov_9fa48("464"), 'integration_roles.no_integration_role'), stryMutAct_9fa48("465") ? {} : (stryCov_9fa48("465"), {
            user: user.id,
            identity
          }))));
        }
      case stryMutAct_9fa48("467") ? "" : (stryCov_9fa48("467"), 'integrationAdmin'):
        if (stryMutAct_9fa48("466")) {} else {
          stryCov_9fa48("466");
          return verdict.concat(disabled, target.restricted ? verdict.cap(0, reason(stryMutAct_9fa48("468") ? "" : (stryCov_9fa48("468"), 'integration_roles.restricted_object'), object)) : verdict.grant(1, reason(stryMutAct_9fa48("469") ? "" : (stryCov_9fa48("469"), 'integration_roles.integration_admin'), stryMutAct_9fa48("470") ? {} : (stryCov_9fa48("470"), {
            user: user.id,
            workspace: target.workspace
          }))));
        }
      case stryMutAct_9fa48("472") ? "" : (stryCov_9fa48("472"), 'restrictedIntegrationUser'):
        if (stryMutAct_9fa48("471")) {} else {
          stryCov_9fa48("471");
          return verdict.concat(disabled, target.restricted ? riuScope(tenant, user, target.workspace, identity) : verdict.cap(0, reason(stryMutAct_9fa48("473") ? "" : (stryCov_9fa48("473"), 'integration_roles.non_restricted_object'), object)));
        }
    }
  }
};

/**
 * An RIU's scope is the intersection of assigned and member workspaces (I26, A5), each failure its own reason.
 *
 * @example
 * ```ts
 * riuScope(tenant, riu, id.workspace('ws1'), 'subject') // a grant, or riu_not_assigned / riu_not_member caps
 * ```
 */
const riuScope = (tenant: TenantSnapshot, user: UserRecord, workspace: WorkspaceId, identity: Identity): Verdicts => {
  if (stryMutAct_9fa48("474")) {
    {}
  } else {
    stryCov_9fa48("474");
    const where = stryMutAct_9fa48("475") ? {} : (stryCov_9fa48("475"), {
      user: user.id,
      workspace,
      identity
    });
    const assigned = user.riuWorkspaces.has(workspace);
    const member = stryMutAct_9fa48("478") ? membershipOf(tenant, user.id, workspace) === undefined : stryMutAct_9fa48("477") ? false : stryMutAct_9fa48("476") ? true : (stryCov_9fa48("476", "477", "478"), membershipOf(tenant, user.id, workspace) !== undefined);
    return (stryMutAct_9fa48("481") ? assigned || member : stryMutAct_9fa48("480") ? false : stryMutAct_9fa48("479") ? true : (stryCov_9fa48("479", "480", "481"), assigned && member)) ? verdict.grant(1, reason(stryMutAct_9fa48("482") ? "" : (stryCov_9fa48("482"), 'integration_roles.restricted_integration_user'), stryMutAct_9fa48("483") ? {} : (stryCov_9fa48("483"), {
      user: user.id,
      workspace
    }))) : verdict.concat(assigned ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("484") ? "" : (stryCov_9fa48("484"), 'integration_roles.riu_not_assigned'), where)), member ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("485") ? "" : (stryCov_9fa48("485"), 'integration_roles.riu_not_member'), where)));
  }
};

/**
 * The caps among verdicts: non-empty when they block.
 *
 * @example
 * ```ts
 * if (caps(trigger).length > 0) return trigger
 * ```
 */
export const caps = stryMutAct_9fa48("486") ? () => undefined : (stryCov_9fa48("486"), (() => {
  const caps = (verdicts: Verdicts): Verdicts => stryMutAct_9fa48("487") ? verdicts : (stryCov_9fa48("487"), verdicts.filter(stryMutAct_9fa48("488") ? () => undefined : (stryCov_9fa48("488"), v => stryMutAct_9fa48("491") ? v.tag !== 'cap' : stryMutAct_9fa48("490") ? false : stryMutAct_9fa48("489") ? true : (stryCov_9fa48("489", "490", "491"), v.tag === (stryMutAct_9fa48("492") ? "" : (stryCov_9fa48("492"), 'cap'))))));
  return caps;
})());