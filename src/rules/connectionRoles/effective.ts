import type { Member } from '../../domain/actions/connections.js'
import { id } from '../../domain/ids.js'
import { lattice, type ConnectionRole } from '../../domain/lattice.js'
import type { Request } from '../../domain/request.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { WorkplaceConnectionRecord, WorkplaceSnapshot, WorkplaceUserRecord } from '../../snapshot/workplace/types.js'
import { unknownId } from '../shared/lookups.js'
import { permissionRoles } from './tables.js'

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
export const workplaceFloor = (user: WorkplaceUserRecord): number =>
  Math.max(0, ...[...user.role.permissions].map((permission) => permissionRoles[permission]))

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
 * scoping on the plan, direct and group grants are ignored with a warning (R38, I37, A11).
 *
 * @example
 * ```ts
 * effectiveRole(workplace, user, connection).rank // 3 when any grant is admin
 * ```
 */
export const effectiveRole = (workplace: WorkplaceSnapshot, user: WorkplaceUserRecord, connection: WorkplaceConnectionRecord): Effective => {
  const floor = workplaceFloor(user)
  const fromWorkplace =
    floor > 0 ? verdict.grant(floor, reason('connection_roles.workplace_role', { role: user.role.id, connectionRole: roleName(floor) })) : verdict.skip
  const direct = connection.members.users.get(user.id) ?? 0
  const fromConnection = verdict.concat(
    direct > 0 ? verdict.grant(direct, reason('connection_roles.direct_grant', { connection: connection.id, connectionRole: roleName(direct) })) : verdict.skip,
    ...[...user.groups].map((group) => {
      const rank = connection.members.groups.get(group) ?? 0
      return rank > 0
        ? verdict.grant(rank, reason('connection_roles.group_grant', { connection: connection.id, group, connectionRole: roleName(rank) }))
        : verdict.skip
    }),
  )
  if (!workplace.features.scoping) {
    const ignored = fromConnection.length > 0 ? verdict.warn(reason('connection_roles.scoping_not_on_plan', { plan: workplace.plan })) : verdict.skip
    return { rank: floor, verdicts: verdict.concat(fromWorkplace, ignored) }
  }
  return { rank: Math.max(floor, ...fromConnection.map((v) => (v.tag === 'grant' ? v.level : 0))), verdicts: verdict.concat(fromWorkplace, fromConnection) }
}

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
