import type { AddMember, Member, RemoveMember, SetMemberRole } from '../../domain/actions/connections.js'
import { id } from '../../domain/ids.js'
import { lattice, type ConnectionRole } from '../../domain/lattice.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Request } from '../../domain/request.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import type { WorkplaceConnectionRecord, WorkplaceSnapshot } from '../../snapshot/workplace/types.js'
import { unknownId } from '../shared/lookups.js'
import { effectiveRoleOf, memberLabel, roleName, workplaceFloor, workplaceUser } from './effective.js'

/** What a member-administration rule knows about its target member. */
interface Target {
  readonly label: string
  /** The connection role the member's workplace role gives (groups hold no workplace role: 0, F62). */
  readonly floor: number
  /** The member's direct grant on the connection, if any. */
  readonly direct: number | undefined
}

const targetOf = (workplace: WorkplaceSnapshot, connection: WorkplaceConnectionRecord, member: Member): Target | Verdicts => {
  if ('user' in member) {
    const user = workplace.users.get(id.user(member.user))
    if (user === undefined) return unknownId('user', member.user)
    return { label: memberLabel(member), floor: workplaceFloor(user), direct: connection.members.users.get(user.id) }
  }
  if (!workplace.groups.has(id.group(member.group))) return unknownId('group', member.group)
  return { label: memberLabel(member), floor: 0, direct: connection.members.groups.get(id.group(member.group)) }
}

type MemberAction = AddMember | SetMemberRole | RemoveMember

/**
 * Member administration (A38): the subject needs an effective Admin role on the connection and a plan
 * with scoping (R38); then `check` validates the change against the target member.
 */
const administer =
  <A extends MemberAction>(check: (action: A, target: Target) => Verdicts) =>
  (request: Request & { readonly action: A }, context: RuleContext): Verdicts => {
    const found = workplaceUser(request, context.world.workplace)
    if (!('user' in found)) return found
    if (request.resource.kind !== 'workplaceConnection') return verdict.skip
    const connection = found.workplace.connections.get(request.resource.id)
    if (connection === undefined) return unknownId('connection', request.resource.id)
    const target = targetOf(found.workplace, connection, request.action.member)
    if (!('label' in target)) return target
    const own = effectiveRoleOf(context, found.user, connection).rank
    const subjectGate =
      own >= lattice.connectionRole.rank.admin
        ? verdict.grant(1, reason('connection_roles.manages_connection', { connection: connection.id }))
        : verdict.cap(0, reason('connection_roles.not_connection_admin', { connection: connection.id, connectionRole: roleName(own) }))
    const planGate = found.workplace.features.scoping ? verdict.skip : verdict.cap(0, reason('connection_roles.scoping_not_on_plan', { plan: found.workplace.plan }))
    return verdict.concat(subjectGate, planGate, check(request.action, target))
  }

/** A direct role may equal the floor but never go below it (R48, A10, I33). */
const atOrAboveFloor = (target: Target, role: ConnectionRole): Verdicts =>
  lattice.connectionRole.levels.indexOf(role) < target.floor
    ? verdict.cap(0, reason('connection_roles.below_workplace_floor', { member: target.label, floor: roleName(target.floor), role }))
    : verdict.skip

/**
 * `connection.addMember`: a member not yet holding a direct grant, at or above their floor (R46, R48).
 *
 * @example
 * ```ts
 * addMember({ subject, action: { type: 'connection.addMember', member: { user: id.user('bo') }, role: 'viewer' }, resource, actor: subject }, context)
 * ```
 */
export const addMember: Rule<'connection.addMember'> = administer<AddMember>((action, target) =>
  target.direct === undefined
    ? atOrAboveFloor(target, action.role)
    : verdict.cap(0, reason('connection_roles.already_member', { member: target.label })),
)

/**
 * `connection.setMemberRole`: a direct member, or a user listed through their workplace role (R47), set at
 * or above the floor (R48, A10); raising takes effect.
 *
 * @example
 * ```ts
 * setMemberRole({ subject, action: { type: 'connection.setMemberRole', member: { user: id.user('bo') }, role: 'admin' }, resource, actor: subject }, context)
 * ```
 */
export const setMemberRole: Rule<'connection.setMemberRole'> = administer<SetMemberRole>((action, target) =>
  target.direct === undefined && target.floor === 0
    ? verdict.cap(0, reason('connection_roles.not_member', { member: target.label }))
    : atOrAboveFloor(target, action.role),
)

/**
 * `connection.removeMember`: never a member whose workplace role gives access (R47, R49, I34).
 *
 * @example
 * ```ts
 * removeMember({ subject, action: { type: 'connection.removeMember', member: { group: id.group('eng') } }, resource, actor: subject }, context)
 * ```
 */
export const removeMember: Rule<'connection.removeMember'> = administer<RemoveMember>((_action, target) => {
  if (target.floor > 0)
    return verdict.cap(0, reason('connection_roles.access_from_workplace_role', { member: target.label, connectionRole: roleName(target.floor) }))
  return target.direct === undefined ? verdict.cap(0, reason('connection_roles.not_member', { member: target.label })) : verdict.skip
})
