import type { Member, SetGroupMember, SetProjectRole, SetWorkplaceRole } from '../../domain/actions/connections.js'
import { id, type UserId } from '../../domain/ids.js'
import type { Request } from '../../domain/request.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import type { ProjectRecord, WorkplaceSnapshot, WorkplaceUserRecord } from '../../snapshot/workplace/types.js'
import { unknownId } from '../shared/lookups.js'
import { workplaceUser } from './effective.js'
import { isProjectAdminWorkplaceRole } from './tables.js'

const owner = 'owner'
const isOwner = (user: WorkplaceUserRecord): boolean => user.role.builtIn && user.role.id === owner

/** Team-page acts are the Owners' (F60: an Admin can do everything except the Team, Settings and Billing pages). */
const byOwner = (request: Request, context: RuleContext, check: (workplace: WorkplaceSnapshot) => Verdicts): Verdicts => {
  const found = workplaceUser(request, context.world.workplace)
  if (!('user' in found)) return found
  const gate = isOwner(found.user)
    ? verdict.grant(1, reason('connection_roles.workplace_owner', { user: found.user.id }))
    : verdict.cap(0, reason('connection_roles.owner_required', { action: request.action.type }))
  return verdict.concat(gate, check(found.workplace))
}

/** Whether `user` is the workplace's only Owner. */
const lastOwner = (workplace: WorkplaceSnapshot, user: UserId): boolean => {
  if (workplace.users.get(user)?.role.id !== owner) return false
  for (const other of workplace.users.values()) if (other.id !== user && isOwner(other)) return false
  return true
}

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
export const setUserRole: Rule<'workplace.setUserRole'> = (request, context) =>
  byOwner(request, context, (workplace) => {
    const action: SetWorkplaceRole = request.action
    if (!workplace.users.has(action.user)) return unknownId('user', action.user)
    if (!workplace.roles.has(action.role)) return unknownId('role', action.role)
    return action.role !== owner && lastOwner(workplace, action.user) ? verdict.cap(0, reason('connection_roles.last_owner', { user: action.user })) : verdict.skip
  })

/**
 * `workplace.setGroupMember` (F63): only an Owner changes a group's members; the group and the user
 * must exist.
 *
 * @example
 * ```ts
 * ruleModule('connectionRoles', { 'workplace.setGroupMember': setGroupMember })
 * ```
 */
export const setGroupMember: Rule<'workplace.setGroupMember'> = (request, context) =>
  byOwner(request, context, (workplace) => {
    const action: SetGroupMember = request.action
    if (!workplace.groups.has(action.group)) return unknownId('group', action.group)
    return workplace.users.has(action.user) ? verdict.skip : unknownId('user', action.user)
  })

/** A project administrator: a built-in Owner or Admin (F61), or a holder of the Admin project role, directly or through a group. */
const projectAdmin = (user: WorkplaceUserRecord, project: ProjectRecord): Verdicts => {
  if (user.role.builtIn && isProjectAdminWorkplaceRole(user.role.id)) return verdict.grant(1, reason('connection_roles.workplace_project_admin', { role: user.role.id }))
  const roles = [project.members.users.get(user.id), ...[...user.groups].map((group) => project.members.groups.get(group))]
  return roles.some((role) => role?.id === 'admin')
    ? verdict.grant(1, reason('connection_roles.project_admin', { project: project.id }))
    : verdict.cap(0, reason('connection_roles.project_admin_required', { project: project.id }))
}

const knownMember = (workplace: WorkplaceSnapshot, member: Member): Verdicts =>
  'user' in member
    ? workplace.users.has(id.user(member.user)) ? verdict.skip : unknownId('user', member.user)
    : workplace.groups.has(id.group(member.group)) ? verdict.skip : unknownId('group', member.group)

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
  const found = workplaceUser(request, context.world.workplace)
  if (!('user' in found)) return found
  if (request.resource.kind !== 'project') return verdict.skip
  const project = found.workplace.projects.get(request.resource.id)
  if (project === undefined) return unknownId('project', request.resource.id)
  const action: SetProjectRole = request.action
  const role = action.role === null || found.workplace.projectRoles.has(action.role) ? verdict.skip : unknownId('role', action.role)
  return verdict.concat(projectAdmin(found.user, project), knownMember(found.workplace, action.member), role)
}
