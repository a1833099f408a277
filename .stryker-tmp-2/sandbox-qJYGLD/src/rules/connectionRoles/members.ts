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
import type { AddMember, Member, RemoveMember, SetMemberRole } from '../../domain/actions/connections.js';
import { id } from '../../domain/ids.js';
import { lattice, type ConnectionRole } from '../../domain/lattice.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { Request } from '../../domain/request.js';
import type { Rule, RuleContext } from '../../rule/rule.js';
import type { WorkplaceConnectionRecord, WorkplaceSnapshot } from '../../snapshot/workplace/types.js';
import { unknownId } from '../shared/lookups.js';
import { effectiveRoleOf, memberLabel, roleName, workplaceFloor, workplaceUser } from './effective.js';

/** What a member-administration rule knows about its target member. */
interface Target {
  readonly label: string;
  /** The connection role the member's workplace role gives (groups hold no workplace role: 0, F62). */
  readonly floor: number;
  /** The member's direct grant on the connection, if any. */
  readonly direct: number | undefined;
}
const targetOf = (workplace: WorkplaceSnapshot, connection: WorkplaceConnectionRecord, member: Member): Target | Verdicts => {
  if (stryMutAct_9fa48("150")) {
    {}
  } else {
    stryCov_9fa48("150");
    if (stryMutAct_9fa48("152") ? false : stryMutAct_9fa48("151") ? true : (stryCov_9fa48("151", "152"), (stryMutAct_9fa48("153") ? "" : (stryCov_9fa48("153"), 'user')) in member)) {
      if (stryMutAct_9fa48("154")) {
        {}
      } else {
        stryCov_9fa48("154");
        const user = workplace.users.get(id.user(member.user));
        if (stryMutAct_9fa48("157") ? user !== undefined : stryMutAct_9fa48("156") ? false : stryMutAct_9fa48("155") ? true : (stryCov_9fa48("155", "156", "157"), user === undefined)) return unknownId(stryMutAct_9fa48("158") ? "" : (stryCov_9fa48("158"), 'user'), member.user);
        return stryMutAct_9fa48("159") ? {} : (stryCov_9fa48("159"), {
          label: memberLabel(member),
          floor: workplaceFloor(user),
          direct: connection.members.users.get(user.id)
        });
      }
    }
    if (stryMutAct_9fa48("162") ? false : stryMutAct_9fa48("161") ? true : stryMutAct_9fa48("160") ? workplace.groups.has(id.group(member.group)) : (stryCov_9fa48("160", "161", "162"), !workplace.groups.has(id.group(member.group)))) return unknownId(stryMutAct_9fa48("163") ? "" : (stryCov_9fa48("163"), 'group'), member.group);
    return stryMutAct_9fa48("164") ? {} : (stryCov_9fa48("164"), {
      label: memberLabel(member),
      floor: 0,
      direct: connection.members.groups.get(id.group(member.group))
    });
  }
};
type MemberAction = AddMember | SetMemberRole | RemoveMember;

/**
 * Member administration (A38): the subject needs an effective Admin role on the connection and a plan
 * with scoping (R38); then `check` validates the change against the target member.
 */
const administer = stryMutAct_9fa48("165") ? () => undefined : (stryCov_9fa48("165"), (() => {
  const administer = <A extends MemberAction,>(check: (action: A, target: Target) => Verdicts) => (request: Request & {
    readonly action: A;
  }, context: RuleContext): Verdicts => {
    if (stryMutAct_9fa48("166")) {
      {}
    } else {
      stryCov_9fa48("166");
      const found = workplaceUser(request, context.world.workplace);
      if (stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : stryMutAct_9fa48("167") ? 'user' in found : (stryCov_9fa48("167", "168", "169"), !((stryMutAct_9fa48("170") ? "" : (stryCov_9fa48("170"), 'user')) in found))) return found;
      if (stryMutAct_9fa48("173") ? request.resource.kind === 'workplaceConnection' : stryMutAct_9fa48("172") ? false : stryMutAct_9fa48("171") ? true : (stryCov_9fa48("171", "172", "173"), request.resource.kind !== (stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), 'workplaceConnection')))) return verdict.skip;
      const connection = found.workplace.connections.get(request.resource.id);
      if (stryMutAct_9fa48("177") ? connection !== undefined : stryMutAct_9fa48("176") ? false : stryMutAct_9fa48("175") ? true : (stryCov_9fa48("175", "176", "177"), connection === undefined)) return unknownId(stryMutAct_9fa48("178") ? "" : (stryCov_9fa48("178"), 'connection'), request.resource.id);
      const target = targetOf(found.workplace, connection, request.action.member);
      if (stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : stryMutAct_9fa48("179") ? 'label' in target : (stryCov_9fa48("179", "180", "181"), !((stryMutAct_9fa48("182") ? "" : (stryCov_9fa48("182"), 'label')) in target))) return target;
      const own = effectiveRoleOf(context, found.user, connection).rank;
      const subjectGate = (stryMutAct_9fa48("186") ? own < lattice.connectionRole.rank.admin : stryMutAct_9fa48("185") ? own > lattice.connectionRole.rank.admin : stryMutAct_9fa48("184") ? false : stryMutAct_9fa48("183") ? true : (stryCov_9fa48("183", "184", "185", "186"), own >= lattice.connectionRole.rank.admin)) ? verdict.grant(1, reason(stryMutAct_9fa48("187") ? "" : (stryCov_9fa48("187"), 'connection_roles.manages_connection'), stryMutAct_9fa48("188") ? {} : (stryCov_9fa48("188"), {
        connection: connection.id
      }))) : verdict.cap(0, reason(stryMutAct_9fa48("189") ? "" : (stryCov_9fa48("189"), 'connection_roles.not_connection_admin'), stryMutAct_9fa48("190") ? {} : (stryCov_9fa48("190"), {
        connection: connection.id,
        connectionRole: roleName(own)
      })));
      const planGate = found.workplace.features.scoping ? verdict.skip : verdict.cap(0, reason(stryMutAct_9fa48("191") ? "" : (stryCov_9fa48("191"), 'connection_roles.scoping_not_on_plan'), stryMutAct_9fa48("192") ? {} : (stryCov_9fa48("192"), {
        plan: found.workplace.plan
      })));
      return verdict.concat(subjectGate, planGate, check(request.action, target));
    }
  };
  return administer;
})());

/** A direct role may equal the floor but never go below it (R48, A10, I33). */
const atOrAboveFloor = stryMutAct_9fa48("193") ? () => undefined : (stryCov_9fa48("193"), (() => {
  const atOrAboveFloor = (target: Target, role: ConnectionRole): Verdicts => (stryMutAct_9fa48("197") ? lattice.connectionRole.levels.indexOf(role) >= target.floor : stryMutAct_9fa48("196") ? lattice.connectionRole.levels.indexOf(role) <= target.floor : stryMutAct_9fa48("195") ? false : stryMutAct_9fa48("194") ? true : (stryCov_9fa48("194", "195", "196", "197"), lattice.connectionRole.levels.indexOf(role) < target.floor)) ? verdict.cap(0, reason(stryMutAct_9fa48("198") ? "" : (stryCov_9fa48("198"), 'connection_roles.below_workplace_floor'), stryMutAct_9fa48("199") ? {} : (stryCov_9fa48("199"), {
    member: target.label,
    floor: roleName(target.floor),
    role
  }))) : verdict.skip;
  return atOrAboveFloor;
})());

/**
 * `connection.addMember`: a member not yet holding a direct grant, at or above their floor (R46, R48).
 *
 * @example
 * ```ts
 * addMember({ subject, action: { type: 'connection.addMember', member: { user: id.user('bo') }, role: 'viewer' }, resource, actor: subject }, context)
 * ```
 */
export const addMember: Rule<'connection.addMember'> = administer<AddMember>(stryMutAct_9fa48("200") ? () => undefined : (stryCov_9fa48("200"), (action, target) => (stryMutAct_9fa48("203") ? target.direct !== undefined : stryMutAct_9fa48("202") ? false : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202", "203"), target.direct === undefined)) ? atOrAboveFloor(target, action.role) : verdict.cap(0, reason(stryMutAct_9fa48("204") ? "" : (stryCov_9fa48("204"), 'connection_roles.already_member'), stryMutAct_9fa48("205") ? {} : (stryCov_9fa48("205"), {
  member: target.label
})))));

/**
 * `connection.setMemberRole`: a direct member, or a user listed through their workplace role (R47), set at
 * or above the floor (R48, A10); raising takes effect.
 *
 * @example
 * ```ts
 * setMemberRole({ subject, action: { type: 'connection.setMemberRole', member: { user: id.user('bo') }, role: 'admin' }, resource, actor: subject }, context)
 * ```
 */
export const setMemberRole: Rule<'connection.setMemberRole'> = administer<SetMemberRole>(stryMutAct_9fa48("206") ? () => undefined : (stryCov_9fa48("206"), (action, target) => (stryMutAct_9fa48("209") ? target.direct === undefined || target.floor === 0 : stryMutAct_9fa48("208") ? false : stryMutAct_9fa48("207") ? true : (stryCov_9fa48("207", "208", "209"), (stryMutAct_9fa48("211") ? target.direct !== undefined : stryMutAct_9fa48("210") ? true : (stryCov_9fa48("210", "211"), target.direct === undefined)) && (stryMutAct_9fa48("213") ? target.floor !== 0 : stryMutAct_9fa48("212") ? true : (stryCov_9fa48("212", "213"), target.floor === 0)))) ? verdict.cap(0, reason(stryMutAct_9fa48("214") ? "" : (stryCov_9fa48("214"), 'connection_roles.not_member'), stryMutAct_9fa48("215") ? {} : (stryCov_9fa48("215"), {
  member: target.label
}))) : atOrAboveFloor(target, action.role)));

/**
 * `connection.removeMember`: never a member whose workplace role gives access (R47, R49, I34).
 *
 * @example
 * ```ts
 * removeMember({ subject, action: { type: 'connection.removeMember', member: { group: id.group('eng') } }, resource, actor: subject }, context)
 * ```
 */
export const removeMember: Rule<'connection.removeMember'> = administer<RemoveMember>((_action, target) => {
  if (stryMutAct_9fa48("216")) {
    {}
  } else {
    stryCov_9fa48("216");
    if (stryMutAct_9fa48("220") ? target.floor <= 0 : stryMutAct_9fa48("219") ? target.floor >= 0 : stryMutAct_9fa48("218") ? false : stryMutAct_9fa48("217") ? true : (stryCov_9fa48("217", "218", "219", "220"), target.floor > 0)) return verdict.cap(0, reason(stryMutAct_9fa48("221") ? "" : (stryCov_9fa48("221"), 'connection_roles.access_from_workplace_role'), stryMutAct_9fa48("222") ? {} : (stryCov_9fa48("222"), {
      member: target.label,
      connectionRole: roleName(target.floor)
    })));
    return (stryMutAct_9fa48("225") ? target.direct !== undefined : stryMutAct_9fa48("224") ? false : stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223", "224", "225"), target.direct === undefined)) ? verdict.cap(0, reason(stryMutAct_9fa48("226") ? "" : (stryCov_9fa48("226"), 'connection_roles.not_member'), stryMutAct_9fa48("227") ? {} : (stryCov_9fa48("227"), {
      member: target.label
    }))) : verdict.skip;
  }
});