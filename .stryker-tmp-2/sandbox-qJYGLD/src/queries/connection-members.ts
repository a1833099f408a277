// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../internal/either.js'
import { reason, type Reason } from '../decision/reason.js'
import { id, type ConnectionId, type GroupId, type RoleId, type UserId } from '../domain/ids.js'
import type { ConnectionRole } from '../domain/lattice.js'
import { snapshotOf } from '../internal/world-handle.js'
import { effectiveRole, roleName, workplaceFloor } from '../rules/connectionRoles/effective.js'
import type { World } from '../snapshot/snapshot.js'
import type { WorkplaceConnectionRecord, WorkplaceSnapshot, WorkplaceUserRecord } from '../snapshot/workplace/types.js'

/**
 * Where a member's role on a connection comes from (R39, R46): their workplace role (R41), a direct
 * grant, or a grant to a group they belong to.
 *
 * @example
 * ```ts
 * const source: RoleSource = { via: 'group', group: id.group('analysts'), connectionRole: 'consumer' }
 * ```
 */
export type RoleSource =
  | { readonly via: 'workplaceRole'; readonly role: RoleId; readonly connectionRole: ConnectionRole }
  | { readonly via: 'direct'; readonly connectionRole: ConnectionRole }
  | { readonly via: 'group'; readonly group: GroupId; readonly connectionRole: ConnectionRole }

/**
 * One user on a connection's member list: the effective role (highest privilege wins, R43), every
 * source of it, the least role a direct grant may be set to (the workplace floor, R48), and whether the
 * Remove action is enabled (R47, R49: only for a direct grant of a user whose workplace role gives none).
 *
 * @example
 * ```ts
 * const row: UserMember = { user: id.user('col'), role: 'consumer', sources: [{ via: 'workplaceRole', role: id.role('collaborator'), connectionRole: 'consumer' }], floor: 'consumer', removable: false }
 * ```
 */
export interface UserMember {
  readonly user: UserId
  readonly role: ConnectionRole
  readonly sources: readonly RoleSource[]
  readonly floor: ConnectionRole
  readonly removable: boolean
}

/**
 * A group holding a direct grant on a connection (R46). Groups hold no workplace role, so a group
 * member is always removable.
 *
 * @example
 * ```ts
 * const row: GroupMember = { group: id.group('analysts'), role: 'viewer' }
 * ```
 */
export interface GroupMember {
  readonly group: GroupId
  readonly role: ConnectionRole
}

/**
 * A connection's effective members, as the Member Access page shows them (R47).
 *
 * @example
 * ```ts
 * const list = connectionMembers(world, id.connection('aws'))
 * if (list._tag === 'Right') list.right.users.filter((m: UserMember) => !m.removable)
 * ```
 */
export interface MemberList {
  readonly connection: ConnectionId
  /** Whether direct and group grants count on the plan (R38, I37); without it, sources are the workplace role only. */
  readonly scoping: boolean
  readonly users: readonly UserMember[]
  readonly groups: readonly GroupMember[]
}

const sourcesOf = (workplace: WorkplaceSnapshot, user: WorkplaceUserRecord, connection: WorkplaceConnectionRecord): readonly RoleSource[] =>
  effectiveRole(workplace, user, connection).verdicts.flatMap((v): RoleSource[] => {
    if (v.tag !== 'grant') return []
    const r = v.reason
    const connectionRole = roleName(v.level)
    if (r.code === 'connection_roles.workplace_role') return [{ via: 'workplaceRole', role: user.role.id, connectionRole }]
    if (r.code === 'connection_roles.direct_grant') return [{ via: 'direct', connectionRole }]
    if (r.code === 'connection_roles.group_grant') return [{ via: 'group', group: id.group(r.group), connectionRole }]
    return []
  })

const userRow = (workplace: WorkplaceSnapshot, user: WorkplaceUserRecord, connection: WorkplaceConnectionRecord): UserMember | undefined => {
  const direct = connection.members.users.get(user.id)
  const effective = effectiveRole(workplace, user, connection).rank
  if (effective === 0 && direct === undefined) return undefined
  const floor = workplaceFloor(user)
  return { user: user.id, role: roleName(effective), sources: sourcesOf(workplace, user, connection), floor: roleName(floor), removable: floor === 0 && direct !== undefined }
}

/**
 * R47's member list: every user who holds a role on the connection (through their workplace role, a
 * direct grant or a group) or a direct grant, with the source of each role, and every group granted
 * on it. Users come in the workplace's order, groups in the connection's. An unknown connection, or a
 * world without a workplace, is `request.unknown_id`.
 *
 * @example
 * ```ts
 * import { connectionMembers, id } from 'accessgrid'
 * const list = connectionMembers(world, id.connection('aws'))
 * if (list._tag === 'Right') for (const m of list.right.users) console.log(m.user, m.role, m.sources.map((s) => s.via), m.removable)
 * ```
 */
export const connectionMembers = (world: World, connectionId: ConnectionId): Either<readonly Reason[], MemberList> => {
  const workplace = snapshotOf(world).workplace
  if (workplace === undefined) return left([reason('request.unknown_id', { kind: 'workplace', id: 'workplace' })])
  const connection = workplace.connections.get(connectionId)
  if (connection === undefined) return left([reason('request.unknown_id', { kind: 'connection', id: connectionId })])
  const users = [...workplace.users.values()].flatMap((user) => userRow(workplace, user, connection) ?? [])
  const groups = [...connection.members.groups].map(([group, rank]): GroupMember => ({ group, role: roleName(rank) }))
  return right({ connection: connection.id, scoping: workplace.features.scoping, users, groups })
}
