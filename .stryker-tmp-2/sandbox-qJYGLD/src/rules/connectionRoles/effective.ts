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
import type { Member } from '../../domain/actions/connections.js';
import { id, type GroupId, type UserId } from '../../domain/ids.js';
import { lattice, type ConnectionRole } from '../../domain/lattice.js';
import type { Request } from '../../domain/request.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdict, type Verdicts } from '../../decision/verdict.js';
import type { WorkplaceConnectionRecord, WorkplaceSnapshot, WorkplaceUserRecord } from '../../snapshot/workplace/types.js';
import { derivation } from '../../rule/memo.js';
import type { RuleContext } from '../../rule/rule.js';
import { unknownId } from '../shared/lookups.js';
import { permissionRole } from './tables.js';

/**
 * The name of a connection-role rank.
 *
 * @example
 * ```ts
 * roleName(2) // 'consumer'
 * ```
 */
export const roleName = stryMutAct_9fa48("57") ? () => undefined : (stryCov_9fa48("57"), (() => {
  const roleName = (rank: number): ConnectionRole => stryMutAct_9fa48("58") ? lattice.connectionRole.levels[rank] && 'none' : (stryCov_9fa48("58"), lattice.connectionRole.levels[rank] ?? (stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), 'none')));
  return roleName;
})());

/**
 * A member as a flat label for reasons: `user:ana`, `group:eng`.
 *
 * @example
 * ```ts
 * memberLabel({ group: id.group('eng') }) // 'group:eng'
 * ```
 */
export const memberLabel = stryMutAct_9fa48("60") ? () => undefined : (stryCov_9fa48("60"), (() => {
  const memberLabel = (member: Member): string => (stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), 'user')) in member ? stryMutAct_9fa48("62") ? `` : (stryCov_9fa48("62"), `user:${member.user}`) : stryMutAct_9fa48("63") ? `` : (stryCov_9fa48("63"), `group:${member.group}`);
  return memberLabel;
})());

/**
 * The connection role a user's workplace role gives on every connection: the floor (R41).
 *
 * @example
 * ```ts
 * workplaceFloor(collaborator) // 2 (consumer)
 * ```
 */
export const workplaceFloor = (user: WorkplaceUserRecord): number => {
  if (stryMutAct_9fa48("64")) {
    {}
  } else {
    stryCov_9fa48("64");
    let floor = 0;
    for (const permission of user.role.permissions) floor = stryMutAct_9fa48("65") ? Math.min(floor, permissionRole(permission)) : (stryCov_9fa48("65"), Math.max(floor, permissionRole(permission)));
    return floor;
  }
};

/**
 * A user's effective role on a connection with the verdicts that explain it.
 *
 * @example
 * ```ts
 * const { rank, verdicts }: Effective = effectiveRole(workplace, user, connection)
 * rank >= lattice.connectionRole.rank.consumer // may create syncs
 * ```
 */
export interface Effective {
  readonly rank: number;
  readonly verdicts: Verdicts;
}

/**
 * Highest privilege wins (R43, I32): the max of the workplace-derived role, the direct grant and every
 * group's grant. None is the bottom and never lowers anything (A8), so rank-0 grants say nothing. Without
 * scoping on the plan, direct and group grants are ignored with a warning (R38, I37, A11). Rules read it
 * through the memo ({@link effectiveRoleOf}); the member list (R47) calls it directly.
 *
 * @example
 * ```ts
 * effectiveRole(workplace, user, connection).verdicts // one grant per source: workplace role, direct, groups
 * ```
 */
export const effectiveRole = (workplace: WorkplaceSnapshot, user: WorkplaceUserRecord, connection: WorkplaceConnectionRecord): Effective => {
  if (stryMutAct_9fa48("66")) {
    {}
  } else {
    stryCov_9fa48("66");
    const floor = workplaceFloor(user);
    const fromWorkplace: Verdicts = (stryMutAct_9fa48("70") ? floor <= 0 : stryMutAct_9fa48("69") ? floor >= 0 : stryMutAct_9fa48("68") ? false : stryMutAct_9fa48("67") ? true : (stryCov_9fa48("67", "68", "69", "70"), floor > 0)) ? stryMutAct_9fa48("71") ? [] : (stryCov_9fa48("71"), [stryMutAct_9fa48("72") ? {} : (stryCov_9fa48("72"), {
      tag: stryMutAct_9fa48("73") ? "" : (stryCov_9fa48("73"), 'grant'),
      level: floor,
      reason: stryMutAct_9fa48("74") ? {} : (stryCov_9fa48("74"), {
        code: stryMutAct_9fa48("75") ? "" : (stryCov_9fa48("75"), 'connection_roles.workplace_role'),
        role: user.role.id,
        connectionRole: roleName(floor)
      })
    })]) : verdict.skip;
    const fromConnection: Verdict[] = stryMutAct_9fa48("76") ? ["Stryker was here"] : (stryCov_9fa48("76"), []);
    const direct = stryMutAct_9fa48("77") ? connection.members.users.get(user.id) && 0 : (stryCov_9fa48("77"), connection.members.users.get(user.id) ?? 0);
    if (stryMutAct_9fa48("81") ? direct <= 0 : stryMutAct_9fa48("80") ? direct >= 0 : stryMutAct_9fa48("79") ? false : stryMutAct_9fa48("78") ? true : (stryCov_9fa48("78", "79", "80", "81"), direct > 0)) fromConnection.push(stryMutAct_9fa48("82") ? {} : (stryCov_9fa48("82"), {
      tag: stryMutAct_9fa48("83") ? "" : (stryCov_9fa48("83"), 'grant'),
      level: direct,
      reason: stryMutAct_9fa48("84") ? {} : (stryCov_9fa48("84"), {
        code: stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), 'connection_roles.direct_grant'),
        connection: connection.id,
        connectionRole: roleName(direct)
      })
    }));
    // The groups the user is in that hold a grant: walk the smaller side (50 groups of a user, 10 group members of a connection).
    const groups = connection.members.groups;
    const viaGroup = (rank: number, group: GroupId): void => {
      if (stryMutAct_9fa48("86")) {
        {}
      } else {
        stryCov_9fa48("86");
        if (stryMutAct_9fa48("90") ? rank <= 0 : stryMutAct_9fa48("89") ? rank >= 0 : stryMutAct_9fa48("88") ? false : stryMutAct_9fa48("87") ? true : (stryCov_9fa48("87", "88", "89", "90"), rank > 0)) fromConnection.push(stryMutAct_9fa48("91") ? {} : (stryCov_9fa48("91"), {
          tag: stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), 'grant'),
          level: rank,
          reason: stryMutAct_9fa48("93") ? {} : (stryCov_9fa48("93"), {
            code: stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), 'connection_roles.group_grant'),
            connection: connection.id,
            group,
            connectionRole: roleName(rank)
          })
        }));
      }
    };
    if (stryMutAct_9fa48("98") ? groups.size > user.groups.size : stryMutAct_9fa48("97") ? groups.size < user.groups.size : stryMutAct_9fa48("96") ? false : stryMutAct_9fa48("95") ? true : (stryCov_9fa48("95", "96", "97", "98"), groups.size <= user.groups.size)) groups.forEach(stryMutAct_9fa48("99") ? () => undefined : (stryCov_9fa48("99"), (rank, group) => user.groups.has(group) ? viaGroup(rank, group) : undefined));else user.groups.forEach(stryMutAct_9fa48("100") ? () => undefined : (stryCov_9fa48("100"), group => viaGroup(stryMutAct_9fa48("101") ? groups.get(group) && 0 : (stryCov_9fa48("101"), groups.get(group) ?? 0), group)));
    if (stryMutAct_9fa48("104") ? false : stryMutAct_9fa48("103") ? true : stryMutAct_9fa48("102") ? workplace.features.scoping : (stryCov_9fa48("102", "103", "104"), !workplace.features.scoping)) {
      if (stryMutAct_9fa48("105")) {
        {}
      } else {
        stryCov_9fa48("105");
        const ignored = (stryMutAct_9fa48("109") ? fromConnection.length <= 0 : stryMutAct_9fa48("108") ? fromConnection.length >= 0 : stryMutAct_9fa48("107") ? false : stryMutAct_9fa48("106") ? true : (stryCov_9fa48("106", "107", "108", "109"), fromConnection.length > 0)) ? verdict.warn(reason(stryMutAct_9fa48("110") ? "" : (stryCov_9fa48("110"), 'connection_roles.scoping_not_on_plan'), stryMutAct_9fa48("111") ? {} : (stryCov_9fa48("111"), {
          plan: workplace.plan
        }))) : verdict.skip;
        return stryMutAct_9fa48("112") ? {} : (stryCov_9fa48("112"), {
          rank: floor,
          verdicts: verdict.concat(fromWorkplace, ignored)
        });
      }
    }
    let top = floor;
    for (const granted of fromConnection) if (stryMutAct_9fa48("115") ? granted.tag !== 'grant' : stryMutAct_9fa48("114") ? false : stryMutAct_9fa48("113") ? true : (stryCov_9fa48("113", "114", "115"), granted.tag === (stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), 'grant')))) top = stryMutAct_9fa48("117") ? Math.min(top, granted.level) : (stryCov_9fa48("117"), Math.max(top, granted.level));
    return stryMutAct_9fa48("118") ? {} : (stryCov_9fa48("118"), {
      rank: top,
      verdicts: verdict.concat(fromWorkplace, fromConnection)
    });
  }
};

/** Keyed by the user's id, owned by the connection; asked only for a user the workplace holds (anyone else holds no role). */
const effectiveRoles = derivation((connection: WorkplaceConnectionRecord, userId: string, world): Effective => {
  if (stryMutAct_9fa48("119")) {
    {}
  } else {
    stryCov_9fa48("119");
    const workplace = world.workplace;
    const user = stryMutAct_9fa48("120") ? workplace.users.get(userId as UserId) : (stryCov_9fa48("120"), workplace?.users.get(userId as UserId));
    if (stryMutAct_9fa48("123") ? workplace === undefined && user === undefined : stryMutAct_9fa48("122") ? false : stryMutAct_9fa48("121") ? true : (stryCov_9fa48("121", "122", "123"), (stryMutAct_9fa48("125") ? workplace !== undefined : stryMutAct_9fa48("124") ? false : (stryCov_9fa48("124", "125"), workplace === undefined)) || (stryMutAct_9fa48("127") ? user !== undefined : stryMutAct_9fa48("126") ? false : (stryCov_9fa48("126", "127"), user === undefined)))) return stryMutAct_9fa48("128") ? {} : (stryCov_9fa48("128"), {
      rank: 0,
      verdicts: verdict.skip
    });
    const effective = effectiveRole(workplace, user, connection);
    return stryMutAct_9fa48("129") ? {} : (stryCov_9fa48("129"), {
      rank: effective.rank,
      verdicts: verdict.shared(effective.verdicts)
    });
  }
});

/**
 * {@link effectiveRole} of a workplace user on a connection, derived once per decider: a user's groups
 * are walked against the connection's the first time only.
 *
 * @example
 * ```ts
 * effectiveRoleOf(context, user, connection).rank // 3 when any grant is admin
 * ```
 */
export const effectiveRoleOf = stryMutAct_9fa48("130") ? () => undefined : (stryCov_9fa48("130"), (() => {
  const effectiveRoleOf = (context: RuleContext, user: WorkplaceUserRecord, connection: WorkplaceConnectionRecord): Effective => context.memo.get(effectiveRoles, connection, user.id);
  return effectiveRoleOf;
})());

/**
 * The workplace user behind a request, or the verdicts that deny it (no workplace, not a user, unknown user).
 *
 * @example
 * ```ts
 * const found = workplaceUser(request, context.world.workplace)
 * if (!('user' in found)) return found
 * ```
 */
export const workplaceUser = (request: Request, workplace: WorkplaceSnapshot | undefined): {
  readonly workplace: WorkplaceSnapshot;
  readonly user: WorkplaceUserRecord;
} | Verdicts => {
  if (stryMutAct_9fa48("131")) {
    {}
  } else {
    stryCov_9fa48("131");
    if (stryMutAct_9fa48("134") ? request.subject.kind === 'user' : stryMutAct_9fa48("133") ? false : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133", "134"), request.subject.kind !== (stryMutAct_9fa48("135") ? "" : (stryCov_9fa48("135"), 'user')))) return verdict.cap(0, reason(stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), 'request.subject_not_supported'), stryMutAct_9fa48("137") ? {} : (stryCov_9fa48("137"), {
      subject: request.subject.kind,
      action: request.action.type
    })));
    if (stryMutAct_9fa48("140") ? workplace !== undefined : stryMutAct_9fa48("139") ? false : stryMutAct_9fa48("138") ? true : (stryCov_9fa48("138", "139", "140"), workplace === undefined)) return unknownId(stryMutAct_9fa48("141") ? "" : (stryCov_9fa48("141"), 'workplace'), stryMutAct_9fa48("142") ? "" : (stryCov_9fa48("142"), 'workplace'));
    const user = workplace.users.get(id.user(request.subject.id));
    return (stryMutAct_9fa48("145") ? user !== undefined : stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144", "145"), user === undefined)) ? unknownId(stryMutAct_9fa48("146") ? "" : (stryCov_9fa48("146"), 'user'), request.subject.id) : stryMutAct_9fa48("147") ? {} : (stryCov_9fa48("147"), {
      workplace,
      user
    });
  }
};