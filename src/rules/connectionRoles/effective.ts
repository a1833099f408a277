import type { Member } from '../../domain/actions/connections.js'
import { id, type GroupId, type UserId } from '../../domain/ids.js'
import { lattice, type ConnectionRole } from '../../domain/lattice.js'
import type { Request } from '../../domain/request.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdict, type Verdicts } from '../../decision/verdict.js'
import type { WorkplaceConnectionRecord, WorkplaceSnapshot, WorkplaceUserRecord } from '../../snapshot/workplace/types.js'
import { derivation } from '../../rule/memo.js'
import type { RuleContext } from '../../rule/rule.js'
import { unknownId } from '../shared/lookups.js'
import { permissionRole } from './tables.js'

/**
 * The name of a connection-role rank.
 *
 * @example
 * ```ts
 * roleName(2) // 'consumer'
 * ```
 */
export const roleName = (rank: number): ConnectionRole => lattice.connectionRole.levels[rank] ?? 'none'

/**
 * A member as a flat label for reasons: `user:ana`, `group:eng`.
 *
 * @example
 * ```ts
 * memberLabel({ group: id.group('eng') }) // 'group:eng'
 * ```
 */
export const memberLabel = (member: Member): string => ('user' in member ? `user:${member.user}` : `group:${member.group}`)

/**
 * The connection role a user's workplace role gives on every connection: the floor (R41).
 *
 * @example
 * ```ts
 * workplaceFloor(collaborator) // 2 (consumer)
 * ```
 */
export const workplaceFloor = (user: WorkplaceUserRecord): number => {
  let floor = 0
  for (const permission of user.role.permissions) floor = Math.max(floor, permissionRole(permission))
  return floor
}

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
  readonly rank: number
  readonly verdicts: Verdicts
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
  const floor = workplaceFloor(user)
  const fromWorkplace: Verdicts =
    floor > 0 ? [{ tag: 'grant', level: floor, reason: { code: 'connection_roles.workplace_role', role: user.role.id, connectionRole: roleName(floor) } }] : verdict.skip
  const fromConnection: Verdict[] = []
  const direct = connection.members.users.get(user.id) ?? 0
  if (direct > 0)
    fromConnection.push({ tag: 'grant', level: direct, reason: { code: 'connection_roles.direct_grant', connection: connection.id, connectionRole: roleName(direct) } })
  // The groups the user is in that hold a grant: walk the smaller side (50 groups of a user, 10 group members of a connection).
  const groups = connection.members.groups
  const viaGroup = (rank: number, group: GroupId): void => {
    if (rank > 0) fromConnection.push({ tag: 'grant', level: rank, reason: { code: 'connection_roles.group_grant', connection: connection.id, group, connectionRole: roleName(rank) } })
  }
  if (groups.size <= user.groups.size) groups.forEach((rank, group) => (user.groups.has(group) ? viaGroup(rank, group) : undefined))
  else user.groups.forEach((group) => viaGroup(groups.get(group) ?? 0, group))
  if (!workplace.features.scoping) {
    const ignored = fromConnection.length > 0 ? verdict.warn(reason('connection_roles.scoping_not_on_plan', { plan: workplace.plan })) : verdict.skip
    return { rank: floor, verdicts: verdict.concat(fromWorkplace, ignored) }
  }
  let top = floor
  for (const granted of fromConnection) if (granted.tag === 'grant') top = Math.max(top, granted.level)
  return { rank: top, verdicts: verdict.concat(fromWorkplace, fromConnection) }
}

/** Keyed by the user's id, owned by the connection; asked only for a user the workplace holds (anyone else holds no role). */
const effectiveRoles = derivation((connection: WorkplaceConnectionRecord, userId: string, world): Effective => {
  const workplace = world.workplace
  const user = workplace?.users.get(userId as UserId)
  if (workplace === undefined || user === undefined) return { rank: 0, verdicts: verdict.skip }
  const effective = effectiveRole(workplace, user, connection)
  return { rank: effective.rank, verdicts: verdict.shared(effective.verdicts) }
})

/**
 * {@link effectiveRole} of a workplace user on a connection, derived once per decider: a user's groups
 * are walked against the connection's the first time only.
 *
 * @example
 * ```ts
 * effectiveRoleOf(context, user, connection).rank // 3 when any grant is admin
 * ```
 */
export const effectiveRoleOf = (context: RuleContext, user: WorkplaceUserRecord, connection: WorkplaceConnectionRecord): Effective =>
  context.memo.get(effectiveRoles, connection, user.id)

/**
 * The workplace user behind a request, or the verdicts that deny it (no workplace, not a user, unknown user).
 *
 * @example
 * ```ts
 * const found = workplaceUser(request, context.world.workplace)
 * if (!('user' in found)) return found
 * ```
 */
export const workplaceUser = (
  request: Request,
  workplace: WorkplaceSnapshot | undefined,
): { readonly workplace: WorkplaceSnapshot; readonly user: WorkplaceUserRecord } | Verdicts => {
  if (request.subject.kind !== 'user')
    return verdict.cap(0, reason('request.subject_not_supported', { subject: request.subject.kind, action: request.action.type }))
  if (workplace === undefined) return unknownId('workplace', 'workplace')
  const user = workplace.users.get(id.user(request.subject.id))
  return user === undefined ? unknownId('user', request.subject.id) : { workplace, user }
}
