// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { SetGroupMember, SetProjectRole, SetWorkplaceRole } from '../../domain/actions/connections.js'
import type { Resource } from '../../domain/resource.js'
import { problems } from '../../snapshot/errors.js'
import type { GroupInput, ProjectInput, ProjectMemberInput, WorkplaceInput } from '../../snapshot/input/workplace.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import { buildWorkplace } from '../../snapshot/workplace/build.js'
import { workplaceInput } from '../encode.js'

/**
 * A workplace structure act: a user's workplace role, a group's members, a project's roles.
 *
 * @example
 * ```ts
 * const act: StructureAct = { type: 'workplace.setUserRole', user: id.user('cole'), role: id.role('viewer') }
 * ```
 */
export type StructureAct = SetWorkplaceRole | SetGroupMember | SetProjectRole

const refuse = (path: string, message: string): Either<readonly Reason[], never> => left([reason('commands.integrity', { path, message })])

const sameMember = (a: ProjectMemberInput, member: SetProjectRole['member']): boolean =>
  'user' in member ? 'user' in a && a.user === member.user : 'group' in a && a.group === member.group

const withProjectRole = (project: ProjectInput, action: SetProjectRole): ProjectInput => {
  const kept = (project.members ?? []).filter((m) => !sameMember(m, action.member))
  const added: readonly ProjectMemberInput[] =
    action.role === null ? [] : ['user' in action.member ? { user: action.member.user, role: action.role } : { group: action.member.group, role: action.role }]
  return { ...project, members: [...kept, ...added] }
}

const withGroupMember = (group: GroupInput, action: SetGroupMember): GroupInput => {
  const others = (group.users ?? []).filter((user) => user !== action.user)
  return { ...group, users: action.member ? [...others, action.user] : others }
}

/** The workplace input with the act applied. */
const changedInput = (input: WorkplaceInput, action: StructureAct, target: Resource): Either<readonly Reason[], WorkplaceInput> => {
  switch (action.type) {
    case 'workplace.setUserRole':
      return right({ ...input, users: input.users.map((user) => (user.id === action.user ? { ...user, role: action.role } : user)) })
    case 'workplace.setGroupMember':
      return right({ ...input, groups: (input.groups ?? []).map((group) => (group.id === action.group ? withGroupMember(group, action) : group)) })
    case 'project.setMemberRole':
      if (target.kind !== 'project') return refuse('resource.kind', 'expected a project')
      if (!(input.projects ?? []).some((project) => project.id === target.id)) return refuse('resource.id', `unknown project '${target.id}'`)
      return right({ ...input, projects: (input.projects ?? []).map((project) => (project.id === target.id ? withProjectRole(project, action) : project)) })
  }
}

/**
 * A workplace structure act (F60–F63): the workplace input as it stands, with the act applied, rebuilt
 * through the builder `compile` uses, so the group closures, floors and project roles are derived
 * exactly as at compile time. The cost is that of building the workplace (its users, groups, projects
 * and connections), not of the tenant; a workplace is small. A change `compile` would reject is refused
 * with `commands.integrity`, naming the path of the first error. Returns the new workplace and the
 * input `encode` reads it back from.
 *
 * @example
 * ```ts
 * rebuiltWorkplace(snapshot, { type: 'workplace.setUserRole', user: id.user('cole'), role: id.role('viewer') }, resource.workplace)
 * ```
 */
export const rebuiltWorkplace = (
  snapshot: Snapshot,
  action: StructureAct,
  target: Resource,
): Either<readonly Reason[], Pick<Snapshot, 'workplace' | 'input'>> => {
  const { workplace, input } = snapshot
  if (workplace === undefined || input.workplace === undefined) return refuse('workplace', 'the world has no workplace')
  const next = changedInput(workplaceInput(workplace, input.workplace), action, target)
  if (next._tag === 'Left') return next
  const found = problems()
  const built = buildWorkplace(next.right, 'workplace', found)
  const [first] = found.list()
  if (first !== undefined) return refuse(first.path, first.message)
  return right({ workplace: built, input: { ...input, workplace: next.right } })
}
