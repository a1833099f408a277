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
import type { Member, SetGroupMember, SetProjectRole, SetWorkplaceRole } from '../../domain/actions/connections.js';
import { id, type UserId } from '../../domain/ids.js';
import type { Request } from '../../domain/request.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { Rule, RuleContext } from '../../rule/rule.js';
import type { ProjectRecord, WorkplaceSnapshot, WorkplaceUserRecord } from '../../snapshot/workplace/types.js';
import { unknownId } from '../shared/lookups.js';
import { workplaceUser } from './effective.js';
import { isProjectAdminWorkplaceRole } from './tables.js';
const owner = stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), 'owner');
const isOwner = stryMutAct_9fa48("264") ? () => undefined : (stryCov_9fa48("264"), (() => {
  const isOwner = (user: WorkplaceUserRecord): boolean => stryMutAct_9fa48("267") ? user.role.builtIn || user.role.id === owner : stryMutAct_9fa48("266") ? false : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266", "267"), user.role.builtIn && (stryMutAct_9fa48("269") ? user.role.id !== owner : stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268", "269"), user.role.id === owner)));
  return isOwner;
})());

/** Team-page acts are the Owners' (F60: an Admin can do everything except the Team, Settings and Billing pages). */
const byOwner = (request: Request, context: RuleContext, check: (workplace: WorkplaceSnapshot) => Verdicts): Verdicts => {
  if (stryMutAct_9fa48("270")) {
    {}
  } else {
    stryCov_9fa48("270");
    const found = workplaceUser(request, context.world.workplace);
    if (stryMutAct_9fa48("273") ? false : stryMutAct_9fa48("272") ? true : stryMutAct_9fa48("271") ? 'user' in found : (stryCov_9fa48("271", "272", "273"), !((stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), 'user')) in found))) return found;
    const gate = isOwner(found.user) ? verdict.grant(1, reason(stryMutAct_9fa48("275") ? "" : (stryCov_9fa48("275"), 'connection_roles.workplace_owner'), stryMutAct_9fa48("276") ? {} : (stryCov_9fa48("276"), {
      user: found.user.id
    }))) : verdict.cap(0, reason(stryMutAct_9fa48("277") ? "" : (stryCov_9fa48("277"), 'connection_roles.owner_required'), stryMutAct_9fa48("278") ? {} : (stryCov_9fa48("278"), {
      action: request.action.type
    })));
    return verdict.concat(gate, check(found.workplace));
  }
};

/** Whether `user` is the workplace's only Owner. */
const lastOwner = (workplace: WorkplaceSnapshot, user: UserId): boolean => {
  if (stryMutAct_9fa48("279")) {
    {}
  } else {
    stryCov_9fa48("279");
    if (stryMutAct_9fa48("282") ? workplace.users.get(user)?.role.id === owner : stryMutAct_9fa48("281") ? false : stryMutAct_9fa48("280") ? true : (stryCov_9fa48("280", "281", "282"), (stryMutAct_9fa48("283") ? workplace.users.get(user).role.id : (stryCov_9fa48("283"), workplace.users.get(user)?.role.id)) !== owner)) return stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284"), false);
    for (const other of workplace.users.values()) if (stryMutAct_9fa48("287") ? other.id !== user || isOwner(other) : stryMutAct_9fa48("286") ? false : stryMutAct_9fa48("285") ? true : (stryCov_9fa48("285", "286", "287"), (stryMutAct_9fa48("289") ? other.id === user : stryMutAct_9fa48("288") ? true : (stryCov_9fa48("288", "289"), other.id !== user)) && isOwner(other))) return stryMutAct_9fa48("290") ? true : (stryCov_9fa48("290"), false);
    return stryMutAct_9fa48("291") ? false : (stryCov_9fa48("291"), true);
  }
};

/**
 * `workplace.setUserRole` (F60, F62, R47): only an Owner changes a user's workplace role; the user and
 * the role must exist; the last Owner keeps the role (F60: ownership cannot be transferred, so a
 * workplace without an Owner could not be managed). Changing the role moves the user's floor on every
 * connection, which is what lets R47's refused removal go through afterwards.
 *
 * @example
 * ```ts
 * ruleModule('connectionRoles', { 'workplace.setUserRole': setUserRole })
 * ```
 */
export const setUserRole: Rule<'workplace.setUserRole'> = stryMutAct_9fa48("292") ? () => undefined : (stryCov_9fa48("292"), (() => {
  const setUserRole: Rule<'workplace.setUserRole'> = (request, context) => byOwner(request, context, workplace => {
    if (stryMutAct_9fa48("293")) {
      {}
    } else {
      stryCov_9fa48("293");
      const action: SetWorkplaceRole = request.action;
      if (stryMutAct_9fa48("296") ? false : stryMutAct_9fa48("295") ? true : stryMutAct_9fa48("294") ? workplace.users.has(action.user) : (stryCov_9fa48("294", "295", "296"), !workplace.users.has(action.user))) return unknownId(stryMutAct_9fa48("297") ? "" : (stryCov_9fa48("297"), 'user'), action.user);
      if (stryMutAct_9fa48("300") ? false : stryMutAct_9fa48("299") ? true : stryMutAct_9fa48("298") ? workplace.roles.has(action.role) : (stryCov_9fa48("298", "299", "300"), !workplace.roles.has(action.role))) return unknownId(stryMutAct_9fa48("301") ? "" : (stryCov_9fa48("301"), 'role'), action.role);
      return (stryMutAct_9fa48("304") ? action.role !== owner || lastOwner(workplace, action.user) : stryMutAct_9fa48("303") ? false : stryMutAct_9fa48("302") ? true : (stryCov_9fa48("302", "303", "304"), (stryMutAct_9fa48("306") ? action.role === owner : stryMutAct_9fa48("305") ? true : (stryCov_9fa48("305", "306"), action.role !== owner)) && lastOwner(workplace, action.user))) ? verdict.cap(0, reason(stryMutAct_9fa48("307") ? "" : (stryCov_9fa48("307"), 'connection_roles.last_owner'), stryMutAct_9fa48("308") ? {} : (stryCov_9fa48("308"), {
        user: action.user
      }))) : verdict.skip;
    }
  });
  return setUserRole;
})());

/**
 * `workplace.setGroupMember` (F63): only an Owner changes a group's members; the group and the user
 * must exist.
 *
 * @example
 * ```ts
 * ruleModule('connectionRoles', { 'workplace.setGroupMember': setGroupMember })
 * ```
 */
export const setGroupMember: Rule<'workplace.setGroupMember'> = stryMutAct_9fa48("309") ? () => undefined : (stryCov_9fa48("309"), (() => {
  const setGroupMember: Rule<'workplace.setGroupMember'> = (request, context) => byOwner(request, context, workplace => {
    if (stryMutAct_9fa48("310")) {
      {}
    } else {
      stryCov_9fa48("310");
      const action: SetGroupMember = request.action;
      if (stryMutAct_9fa48("313") ? false : stryMutAct_9fa48("312") ? true : stryMutAct_9fa48("311") ? workplace.groups.has(action.group) : (stryCov_9fa48("311", "312", "313"), !workplace.groups.has(action.group))) return unknownId(stryMutAct_9fa48("314") ? "" : (stryCov_9fa48("314"), 'group'), action.group);
      return workplace.users.has(action.user) ? verdict.skip : unknownId(stryMutAct_9fa48("315") ? "" : (stryCov_9fa48("315"), 'user'), action.user);
    }
  });
  return setGroupMember;
})());

/** A project administrator: a built-in Owner or Admin (F61), or a holder of the Admin project role, directly or through a group. */
const projectAdmin = (user: WorkplaceUserRecord, project: ProjectRecord): Verdicts => {
  if (stryMutAct_9fa48("316")) {
    {}
  } else {
    stryCov_9fa48("316");
    if (stryMutAct_9fa48("319") ? user.role.builtIn || isProjectAdminWorkplaceRole(user.role.id) : stryMutAct_9fa48("318") ? false : stryMutAct_9fa48("317") ? true : (stryCov_9fa48("317", "318", "319"), user.role.builtIn && isProjectAdminWorkplaceRole(user.role.id))) return verdict.grant(1, reason(stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), 'connection_roles.workplace_project_admin'), stryMutAct_9fa48("321") ? {} : (stryCov_9fa48("321"), {
      role: user.role.id
    })));
    const roles = stryMutAct_9fa48("322") ? [] : (stryCov_9fa48("322"), [project.members.users.get(user.id), ...(stryMutAct_9fa48("323") ? [] : (stryCov_9fa48("323"), [...user.groups])).map(stryMutAct_9fa48("324") ? () => undefined : (stryCov_9fa48("324"), group => project.members.groups.get(group)))]);
    return (stryMutAct_9fa48("325") ? roles.every(role => role?.id === 'admin') : (stryCov_9fa48("325"), roles.some(stryMutAct_9fa48("326") ? () => undefined : (stryCov_9fa48("326"), role => stryMutAct_9fa48("329") ? role?.id !== 'admin' : stryMutAct_9fa48("328") ? false : stryMutAct_9fa48("327") ? true : (stryCov_9fa48("327", "328", "329"), (stryMutAct_9fa48("330") ? role.id : (stryCov_9fa48("330"), role?.id)) === (stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), 'admin'))))))) ? verdict.grant(1, reason(stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), 'connection_roles.project_admin'), stryMutAct_9fa48("333") ? {} : (stryCov_9fa48("333"), {
      project: project.id
    }))) : verdict.cap(0, reason(stryMutAct_9fa48("334") ? "" : (stryCov_9fa48("334"), 'connection_roles.project_admin_required'), stryMutAct_9fa48("335") ? {} : (stryCov_9fa48("335"), {
      project: project.id
    })));
  }
};
const knownMember = stryMutAct_9fa48("336") ? () => undefined : (stryCov_9fa48("336"), (() => {
  const knownMember = (workplace: WorkplaceSnapshot, member: Member): Verdicts => (stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), 'user')) in member ? workplace.users.has(id.user(member.user)) ? verdict.skip : unknownId(stryMutAct_9fa48("338") ? "" : (stryCov_9fa48("338"), 'user'), member.user) : workplace.groups.has(id.group(member.group)) ? verdict.skip : unknownId(stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), 'group'), member.group);
  return knownMember;
})());

/**
 * `project.setMemberRole` (F61, F62, R44): a project's administrators give a user or a group a project
 * role (one per project, F62), or take it away; the member and the role must exist.
 *
 * @example
 * ```ts
 * ruleModule('connectionRoles', { 'project.setMemberRole': setProjectRole })
 * ```
 */
export const setProjectRole: Rule<'project.setMemberRole'> = (request, context) => {
  if (stryMutAct_9fa48("340")) {
    {}
  } else {
    stryCov_9fa48("340");
    const found = workplaceUser(request, context.world.workplace);
    if (stryMutAct_9fa48("343") ? false : stryMutAct_9fa48("342") ? true : stryMutAct_9fa48("341") ? 'user' in found : (stryCov_9fa48("341", "342", "343"), !((stryMutAct_9fa48("344") ? "" : (stryCov_9fa48("344"), 'user')) in found))) return found;
    if (stryMutAct_9fa48("347") ? request.resource.kind === 'project' : stryMutAct_9fa48("346") ? false : stryMutAct_9fa48("345") ? true : (stryCov_9fa48("345", "346", "347"), request.resource.kind !== (stryMutAct_9fa48("348") ? "" : (stryCov_9fa48("348"), 'project')))) return verdict.skip;
    const project = found.workplace.projects.get(request.resource.id);
    if (stryMutAct_9fa48("351") ? project !== undefined : stryMutAct_9fa48("350") ? false : stryMutAct_9fa48("349") ? true : (stryCov_9fa48("349", "350", "351"), project === undefined)) return unknownId(stryMutAct_9fa48("352") ? "" : (stryCov_9fa48("352"), 'project'), request.resource.id);
    const action: SetProjectRole = request.action;
    const role = (stryMutAct_9fa48("355") ? action.role === null && found.workplace.projectRoles.has(action.role) : stryMutAct_9fa48("354") ? false : stryMutAct_9fa48("353") ? true : (stryCov_9fa48("353", "354", "355"), (stryMutAct_9fa48("357") ? action.role !== null : stryMutAct_9fa48("356") ? false : (stryCov_9fa48("356", "357"), action.role === null)) || found.workplace.projectRoles.has(action.role))) ? verdict.skip : unknownId(stryMutAct_9fa48("358") ? "" : (stryCov_9fa48("358"), 'role'), action.role);
    return verdict.concat(projectAdmin(found.user, project), knownMember(found.workplace, action.member), role);
  }
};