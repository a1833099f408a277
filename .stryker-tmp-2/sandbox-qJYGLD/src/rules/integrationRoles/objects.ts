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
import type { CloudworksConnectionResource, IntegrationResource } from '../../domain/resource.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { RequestOf, Rule } from '../../rule/rule.js';
import type { TenantSnapshot } from '../../snapshot/tenant/types.js';
import { tenantOf, unknownId } from '../shared/lookups.js';
import { caps, integrationRoleOf, scopeVerdicts, type ScopedObject } from './roles.js';
import { scheduledIdentity } from './scheduled-identity.js';
import { requester } from './subjects.js';

/**
 * A CloudWorks connection or integration as a scoped object, or undefined when the world lacks it.
 *
 * @example
 * ```ts
 * scopedObject(tenant, resource.integration(id.integration('nightly')))
 * ```
 */
export const scopedObject = (tenant: TenantSnapshot, target: CloudworksConnectionResource | IntegrationResource): ScopedObject | undefined => {
  if (stryMutAct_9fa48("362")) {
    {}
  } else {
    stryCov_9fa48("362");
    const record = (stryMutAct_9fa48("365") ? target.kind !== 'integration' : stryMutAct_9fa48("364") ? false : stryMutAct_9fa48("363") ? true : (stryCov_9fa48("363", "364", "365"), target.kind === (stryMutAct_9fa48("366") ? "" : (stryCov_9fa48("366"), 'integration')))) ? tenant.integrations.get(target.id) : tenant.connections.get(target.id);
    const object = (stryMutAct_9fa48("369") ? target.kind !== 'integration' : stryMutAct_9fa48("368") ? false : stryMutAct_9fa48("367") ? true : (stryCov_9fa48("367", "368", "369"), target.kind === (stryMutAct_9fa48("370") ? "" : (stryCov_9fa48("370"), 'integration')))) ? stryMutAct_9fa48("371") ? "" : (stryCov_9fa48("371"), 'integration') : stryMutAct_9fa48("372") ? "" : (stryCov_9fa48("372"), 'connection');
    return (stryMutAct_9fa48("375") ? record !== undefined : stryMutAct_9fa48("374") ? false : stryMutAct_9fa48("373") ? true : (stryCov_9fa48("373", "374", "375"), record === undefined)) ? undefined : stryMutAct_9fa48("376") ? {} : (stryCov_9fa48("376"), {
      object,
      id: record.id,
      workspace: record.workspace,
      restricted: record.restricted
    });
  }
};

/**
 * `cloudworks.create`: an IA creates non-restricted objects in any workspace (F18, A44); an RIU creates
 * restricted objects in assigned workspaces they belong to (R18, F25, I26, A30). An allowed creation of
 * an integration warns who its scheduled runs will act as (`integration_roles.scheduled_runs_as`).
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.create': create })
 * ```
 */
export const create: Rule<'cloudworks.create'> = (request, context) => {
  if (stryMutAct_9fa48("377")) {
    {}
  } else {
    stryCov_9fa48("377");
    const tenant = tenantOf(context.world);
    if (stryMutAct_9fa48("380") ? tenant === undefined && request.resource.kind !== 'workspace' : stryMutAct_9fa48("379") ? false : stryMutAct_9fa48("378") ? true : (stryCov_9fa48("378", "379", "380"), (stryMutAct_9fa48("382") ? tenant !== undefined : stryMutAct_9fa48("381") ? false : (stryCov_9fa48("381", "382"), tenant === undefined)) || (stryMutAct_9fa48("384") ? request.resource.kind === 'workspace' : stryMutAct_9fa48("383") ? false : (stryCov_9fa48("383", "384"), request.resource.kind !== (stryMutAct_9fa48("385") ? "" : (stryCov_9fa48("385"), 'workspace')))))) return unknownId(stryMutAct_9fa48("386") ? "" : (stryCov_9fa48("386"), 'tenant'), stryMutAct_9fa48("387") ? "" : (stryCov_9fa48("387"), 'tenant'));
    const workspace = request.resource.id;
    if (stryMutAct_9fa48("390") ? false : stryMutAct_9fa48("389") ? true : stryMutAct_9fa48("388") ? tenant.workspaces.has(workspace) : (stryCov_9fa48("388", "389", "390"), !tenant.workspaces.has(workspace))) return unknownId(stryMutAct_9fa48("391") ? "" : (stryCov_9fa48("391"), 'workspace'), workspace);
    const who = requester(tenant, request.subject, request.action.type);
    if (stryMutAct_9fa48("393") ? false : stryMutAct_9fa48("392") ? true : (stryCov_9fa48("392", "393"), (stryMutAct_9fa48("394") ? "" : (stryCov_9fa48("394"), 'denied')) in who)) return who.denied;
    const role = integrationRoleOf(who.user);
    const created: ScopedObject = stryMutAct_9fa48("395") ? {} : (stryCov_9fa48("395"), {
      object: request.action.object,
      id: stryMutAct_9fa48("396") ? "" : (stryCov_9fa48("396"), '(new)'),
      workspace,
      restricted: stryMutAct_9fa48("399") ? role !== 'restrictedIntegrationUser' : stryMutAct_9fa48("398") ? false : stryMutAct_9fa48("397") ? true : (stryCov_9fa48("397", "398", "399"), role === (stryMutAct_9fa48("400") ? "" : (stryCov_9fa48("400"), 'restrictedIntegrationUser')))
    });
    const verdicts = scopeVerdicts(tenant, who.user, created, stryMutAct_9fa48("401") ? "" : (stryCov_9fa48("401"), 'subject'));
    return (stryMutAct_9fa48("404") ? created.object === 'integration' || caps(verdicts).length === 0 : stryMutAct_9fa48("403") ? false : stryMutAct_9fa48("402") ? true : (stryCov_9fa48("402", "403", "404"), (stryMutAct_9fa48("406") ? created.object !== 'integration' : stryMutAct_9fa48("405") ? true : (stryCov_9fa48("405", "406"), created.object === (stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), 'integration')))) && (stryMutAct_9fa48("409") ? caps(verdicts).length !== 0 : stryMutAct_9fa48("408") ? true : (stryCov_9fa48("408", "409"), caps(verdicts).length === 0)))) ? verdict.concat(verdicts, scheduledIdentity(undefined, created.restricted)) : verdicts;
  }
};

/**
 * `cloudworks.manage`: read, update or delete within the user's partition and scope (F21, F22, I26, I27).
 * Managing an integration within scope warns who its scheduled runs will act as.
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.manage': manage })
 * ```
 */
export const manage: Rule<'cloudworks.manage'> = (request, context) => {
  if (stryMutAct_9fa48("410")) {
    {}
  } else {
    stryCov_9fa48("410");
    const verdicts = manageVerdicts(request, context.world.tenant);
    const integration = (stryMutAct_9fa48("413") ? request.resource.kind !== 'integration' : stryMutAct_9fa48("412") ? false : stryMutAct_9fa48("411") ? true : (stryCov_9fa48("411", "412", "413"), request.resource.kind === (stryMutAct_9fa48("414") ? "" : (stryCov_9fa48("414"), 'integration')))) ? stryMutAct_9fa48("415") ? context.world.tenant.integrations.get(request.resource.id) : (stryCov_9fa48("415"), context.world.tenant?.integrations.get(request.resource.id)) : undefined;
    return (stryMutAct_9fa48("418") ? integration !== undefined || caps(verdicts).length === 0 : stryMutAct_9fa48("417") ? false : stryMutAct_9fa48("416") ? true : (stryCov_9fa48("416", "417", "418"), (stryMutAct_9fa48("420") ? integration === undefined : stryMutAct_9fa48("419") ? true : (stryCov_9fa48("419", "420"), integration !== undefined)) && (stryMutAct_9fa48("422") ? caps(verdicts).length !== 0 : stryMutAct_9fa48("421") ? true : (stryCov_9fa48("421", "422"), caps(verdicts).length === 0)))) ? verdict.concat(verdicts, scheduledIdentity(integration, integration.restricted)) : verdicts;
  }
};

/**
 * The verdicts of managing an object, shared by `cloudworks.manage` and the manual trigger of a run.
 *
 * @example
 * ```ts
 * const trigger = manageVerdicts(request, context.world.tenant)
 * ```
 */
export const manageVerdicts = (request: RequestOf<'cloudworks.manage' | 'cloudworks.run'>, tenant: TenantSnapshot | undefined): Verdicts => {
  if (stryMutAct_9fa48("423")) {
    {}
  } else {
    stryCov_9fa48("423");
    if (stryMutAct_9fa48("426") ? tenant !== undefined : stryMutAct_9fa48("425") ? false : stryMutAct_9fa48("424") ? true : (stryCov_9fa48("424", "425", "426"), tenant === undefined)) return unknownId(stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), 'tenant'), stryMutAct_9fa48("428") ? "" : (stryCov_9fa48("428"), 'tenant'));
    const target = request.resource;
    if (stryMutAct_9fa48("431") ? target.kind !== 'integration' || target.kind !== 'cloudworksConnection' : stryMutAct_9fa48("430") ? false : stryMutAct_9fa48("429") ? true : (stryCov_9fa48("429", "430", "431"), (stryMutAct_9fa48("433") ? target.kind === 'integration' : stryMutAct_9fa48("432") ? true : (stryCov_9fa48("432", "433"), target.kind !== (stryMutAct_9fa48("434") ? "" : (stryCov_9fa48("434"), 'integration')))) && (stryMutAct_9fa48("436") ? target.kind === 'cloudworksConnection' : stryMutAct_9fa48("435") ? true : (stryCov_9fa48("435", "436"), target.kind !== (stryMutAct_9fa48("437") ? "" : (stryCov_9fa48("437"), 'cloudworksConnection')))))) return verdict.skip;
    const object = scopedObject(tenant, target);
    if (stryMutAct_9fa48("440") ? object !== undefined : stryMutAct_9fa48("439") ? false : stryMutAct_9fa48("438") ? true : (stryCov_9fa48("438", "439", "440"), object === undefined)) return unknownId(target.kind, target.id);
    const who = requester(tenant, request.subject, request.action.type);
    return (stryMutAct_9fa48("441") ? "" : (stryCov_9fa48("441"), 'denied')) in who ? who.denied : scopeVerdicts(tenant, who.user, object, stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), 'subject'));
  }
};