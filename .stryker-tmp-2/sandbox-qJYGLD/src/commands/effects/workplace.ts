// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import type { AddMember, RemoveMember, SetMemberRole } from '../../domain/actions/connections.js'
import { id } from '../../domain/ids.js'
import { lattice } from '../../domain/lattice.js'
import type { Resource } from '../../domain/resource.js'
import { reason, type Reason } from '../../decision/reason.js'
import { withEntry, withoutEntry } from '../../snapshot/persistent/patched-map.js'
import type { Members, WorkplaceSnapshot } from '../../snapshot/workplace/types.js'

/**
 * A connection member act.
 *
 * @example
 * ```ts
 * const act: MemberAct = { type: 'connection.removeMember', member: { group: id.group('analysts') } }
 * ```
 */
export type MemberAct = AddMember | SetMemberRole | RemoveMember

const refuse = (path: string, message: string): Either<readonly Reason[], WorkplaceSnapshot> =>
  left([reason('commands.integrity', { path, message })])

/** The members with one user's or group's direct role set (a rank), or removed when `rank` is undefined. */
const withMember = (members: Members<number>, member: MemberAct['member'], rank: number | undefined): Members<number> => {
  if ('user' in member) {
    const user = id.user(member.user)
    return { ...members, users: rank === undefined ? withoutEntry(members.users, user) : withEntry(members.users, user, rank) }
  }
  const group = id.group(member.group)
  return { ...members, groups: rank === undefined ? withoutEntry(members.groups, group) : withEntry(members.groups, group, rank) }
}

/**
 * R46–R49, A38: add a member to a connection with a direct role, change it, or remove the direct grant.
 * The connectionRoles rules decide who may and keep the workplace floor (A10, I33, I34); this only
 * stores the change, refusing members the workplace does not hold.
 *
 * @example
 * ```ts
 * memberChange(workplace, { type: 'connection.addMember', member: { user: id.user('bo') }, role: 'viewer' }, resource.workplaceConnection(aws))
 * ```
 */
export const memberChange = (workplace: WorkplaceSnapshot, action: MemberAct, target: Resource): Either<readonly Reason[], WorkplaceSnapshot> => {
  if (target.kind !== 'workplaceConnection') return refuse('resource.kind', 'expected a workplace connection')
  const connection = workplace.connections.get(target.id)
  if (connection === undefined) return refuse('resource.id', `unknown connection '${target.id}'`)
  const member = action.member
  if ('user' in member ? !workplace.users.has(id.user(member.user)) : !workplace.groups.has(id.group(member.group)))
    return refuse('action.member', `unknown ${'user' in member ? `user '${member.user}'` : `group '${member.group}'`}`)
  const rank = action.type === 'connection.removeMember' ? undefined : lattice.connectionRole.levels.indexOf(action.role)
  const members = withMember(connection.members, member, rank)
  return right({ ...workplace, connections: withEntry(workplace.connections, connection.id, { ...connection, members }) })
}
