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
import type { Request } from '../../domain/request.js';
import type { Rule, RuleContext } from '../../rule/rule.js';
import { unknownId } from '../shared/lookups.js';
import { effectiveRoleOf, workplaceUser } from './effective.js';
import { manageSyncsGrants } from './projects.js';

/**
 * `connection.view` and `connection.manage`: the effective connection role (R43, R45); the action's spec
 * requires viewer or admin.
 *
 * @example
 * ```ts
 * connectionAccess({ subject, action: { type: 'connection.view' }, resource: resource.workplaceConnection(id.connection('aws')), actor: subject }, context)
 * ```
 */
export const connectionAccess = (request: Request, context: RuleContext): Verdicts => {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const found = workplaceUser(request, context.world.workplace);
    if (stryMutAct_9fa48("3") ? false : stryMutAct_9fa48("2") ? true : stryMutAct_9fa48("1") ? 'user' in found : (stryCov_9fa48("1", "2", "3"), !((stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'user')) in found))) return found;
    if (stryMutAct_9fa48("7") ? request.resource.kind === 'workplaceConnection' : stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6", "7"), request.resource.kind !== (stryMutAct_9fa48("8") ? "" : (stryCov_9fa48("8"), 'workplaceConnection')))) return verdict.skip;
    const connection = found.workplace.connections.get(request.resource.id);
    return (stryMutAct_9fa48("11") ? connection !== undefined : stryMutAct_9fa48("10") ? false : stryMutAct_9fa48("9") ? true : (stryCov_9fa48("9", "10", "11"), connection === undefined)) ? unknownId(stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), 'connection'), request.resource.id) : effectiveRoleOf(context, found.user, connection).verdicts;
  }
};

/**
 * `connection.createSync`: consumer or higher on the connection **and** Manage Syncs on the project (I36,
 * A9); missing the project permission caps the decision at none.
 *
 * @example
 * ```ts
 * createSync({ subject, action: { type: 'connection.createSync', project: id.project('backend') }, resource, actor: subject }, context)
 * ```
 */
export const createSync: Rule<'connection.createSync'> = (request, context) => {
  if (stryMutAct_9fa48("13")) {
    {}
  } else {
    stryCov_9fa48("13");
    const found = workplaceUser(request, context.world.workplace);
    if (stryMutAct_9fa48("16") ? false : stryMutAct_9fa48("15") ? true : stryMutAct_9fa48("14") ? 'user' in found : (stryCov_9fa48("14", "15", "16"), !((stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), 'user')) in found))) return found;
    if (stryMutAct_9fa48("20") ? request.resource.kind === 'workplaceConnection' : stryMutAct_9fa48("19") ? false : stryMutAct_9fa48("18") ? true : (stryCov_9fa48("18", "19", "20"), request.resource.kind !== (stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), 'workplaceConnection')))) return verdict.skip;
    const connection = found.workplace.connections.get(request.resource.id);
    if (stryMutAct_9fa48("24") ? connection !== undefined : stryMutAct_9fa48("23") ? false : stryMutAct_9fa48("22") ? true : (stryCov_9fa48("22", "23", "24"), connection === undefined)) return unknownId(stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), 'connection'), request.resource.id);
    const project = found.workplace.projects.get(request.action.project);
    if (stryMutAct_9fa48("28") ? project !== undefined : stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27", "28"), project === undefined)) return unknownId(stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), 'project'), request.action.project);
    const onProject: Verdicts = (stryMutAct_9fa48("33") ? manageSyncsGrants(found.user, project).length <= 0 : stryMutAct_9fa48("32") ? manageSyncsGrants(found.user, project).length >= 0 : stryMutAct_9fa48("31") ? false : stryMutAct_9fa48("30") ? true : (stryCov_9fa48("30", "31", "32", "33"), manageSyncsGrants(found.user, project).length > 0)) ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("34") ? "" : (stryCov_9fa48("34"), 'connection_roles.no_manage_syncs'), stryMutAct_9fa48("35") ? {} : (stryCov_9fa48("35"), {
      project: project.id
    })));
    return verdict.concat(effectiveRoleOf(context, found.user, connection).verdicts, onProject);
  }
};

/**
 * `project.manageSyncs`: Manage Syncs on the project from any role that applies (R44, F61, I38).
 *
 * @example
 * ```ts
 * manageSyncs({ subject, action: { type: 'project.manageSyncs' }, resource: resource.project(id.project('backend')), actor: subject }, context)
 * ```
 */
export const manageSyncs: Rule<'project.manageSyncs'> = (request, context) => {
  if (stryMutAct_9fa48("36")) {
    {}
  } else {
    stryCov_9fa48("36");
    const found = workplaceUser(request, context.world.workplace);
    if (stryMutAct_9fa48("39") ? false : stryMutAct_9fa48("38") ? true : stryMutAct_9fa48("37") ? 'user' in found : (stryCov_9fa48("37", "38", "39"), !((stryMutAct_9fa48("40") ? "" : (stryCov_9fa48("40"), 'user')) in found))) return found;
    if (stryMutAct_9fa48("43") ? request.resource.kind === 'project' : stryMutAct_9fa48("42") ? false : stryMutAct_9fa48("41") ? true : (stryCov_9fa48("41", "42", "43"), request.resource.kind !== (stryMutAct_9fa48("44") ? "" : (stryCov_9fa48("44"), 'project')))) return verdict.skip;
    const project = found.workplace.projects.get(request.resource.id);
    return (stryMutAct_9fa48("47") ? project !== undefined : stryMutAct_9fa48("46") ? false : stryMutAct_9fa48("45") ? true : (stryCov_9fa48("45", "46", "47"), project === undefined)) ? unknownId(stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), 'project'), request.resource.id) : manageSyncsGrants(found.user, project);
  }
};

/**
 * `workplace.createConnection`: the workplace permission "Create Integration Connections" (R40, R41).
 *
 * @example
 * ```ts
 * createConnection({ subject, action: { type: 'workplace.createConnection' }, resource: resource.workplace, actor: subject }, context)
 * ```
 */
export const createConnection: Rule<'workplace.createConnection'> = (request, context) => {
  if (stryMutAct_9fa48("49")) {
    {}
  } else {
    stryCov_9fa48("49");
    const found = workplaceUser(request, context.world.workplace);
    if (stryMutAct_9fa48("52") ? false : stryMutAct_9fa48("51") ? true : stryMutAct_9fa48("50") ? 'user' in found : (stryCov_9fa48("50", "51", "52"), !((stryMutAct_9fa48("53") ? "" : (stryCov_9fa48("53"), 'user')) in found))) return found;
    return found.user.role.permissions.has(stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), 'createConnections')) ? verdict.grant(1, reason(stryMutAct_9fa48("55") ? "" : (stryCov_9fa48("55"), 'connection_roles.may_create_connections'), stryMutAct_9fa48("56") ? {} : (stryCov_9fa48("56"), {
      role: found.user.role.id
    }))) : verdict.skip;
  }
};