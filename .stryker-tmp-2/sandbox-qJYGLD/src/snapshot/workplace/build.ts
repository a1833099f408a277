// @ts-nocheck
import { id, type ConnectionId, type GroupId, type ProjectId, type RoleId, type UserId } from '../../domain/ids.js'
import { lattice } from '../../domain/lattice.js'
import type { Problems } from '../errors.js'
import { checkRef, indexById } from '../index-by-id.js'
import type { GroupInput, ProjectInput, ProjectRoleInput, WorkplaceRoleInput, WorkplaceConnectionInput, WorkplaceInput, WorkplaceUserInput } from '../input/workplace.js'
import { groupsOfUsers } from './groups.js'
import { buildMembers, type KnownMembers } from './members.js'
import { builtInProjectRoles, builtInWorkplaceRoles, planFeatures } from './tables.js'
import type { ProjectRecord, ProjectRoleRecord, WorkplaceConnectionRecord, WorkplaceRoleRecord, WorkplaceSnapshot, WorkplaceUserRecord } from './types.js'

const builtInRows = <V, R>(table: Readonly<Record<string, V>>, toRecord: (roleId: RoleId, value: V) => R): Map<RoleId, R> =>
  new Map(Object.entries(table).map(([key, value]) => [id.role(key), toRecord(id.role(key), value)]))

/**
 * Custom roles after the built-in ones: a custom role may not reuse a built-in id, and custom roles exist
 * only on a plan that has them (A37).
 */
const withCustom = <E extends { readonly id: string }, R>(
  builtIn: Map<RoleId, R>,
  inputs: readonly E[],
  path: string,
  allowed: boolean,
  problems: Problems,
  toRecord: (entry: E) => R,
): ReadonlyMap<RoleId, R> => {
  if (inputs.length > 0 && !allowed) problems.report('invalid_value', path, 'custom roles need the Enterprise plan or the Team custom-roles add-on (A37)')
  const custom = indexById<RoleId, E, R | undefined>(inputs, path, problems, (entry, index) => {
    if (!builtIn.has(id.role(entry.id))) return toRecord(entry)
    problems.report('duplicate_id', `${path}[${index}].id`, `'${entry.id}' is a built-in role`)
    return undefined
  })
  for (const [roleId, record] of custom) if (record !== undefined) builtIn.set(roleId, record)
  return builtIn
}

const checkAddOns = (input: WorkplaceInput, path: string, problems: Problems): void => {
  if ((input.addOns ?? []).length > 0 && input.plan !== 'team')
    problems.report('invalid_value', `${path}.addOns`, `add-ons exist only on the Team plan, not on '${input.plan}' (A37)`)
}

/**
 * Compiles the workplace section, reporting every integrity error under `path`.
 *
 * @example
 * ```ts
 * const snapshot = buildWorkplace({ plan: 'team', users: [{ id: 'ana', role: 'collaborator' }] }, 'workplace', problems())
 * ```
 */
export const buildWorkplace = (input: WorkplaceInput, path: string, problems: Problems): WorkplaceSnapshot => {
  checkAddOns(input, path, problems)
  const addOns = new Set(input.addOns ?? [])
  const features = planFeatures(input.plan, addOns)
  const roles = withCustom<WorkplaceRoleInput, WorkplaceRoleRecord>(
    builtInRows(builtInWorkplaceRoles, (roleId, permissions) => ({ id: roleId, builtIn: true, permissions: new Set(permissions) })),
    input.roles ?? [],
    `${path}.roles`,
    features.customRoles,
    problems,
    (role) => ({ id: id.role(role.id), builtIn: false, permissions: new Set(role.permissions ?? []) }),
  )
  const projectRoles = withCustom<ProjectRoleInput, ProjectRoleRecord>(
    builtInRows(builtInProjectRoles, (roleId, manageSyncs) => ({ id: roleId, manageSyncs })),
    input.projectRoles ?? [],
    `${path}.projectRoles`,
    features.customRoles,
    problems,
    (role) => ({ id: id.role(role.id), manageSyncs: role.manageSyncs ?? false }),
  )
  const groupInputs = input.groups ?? []
  if (groupInputs.length > 0 && !features.userGroups)
    problems.report('invalid_value', `${path}.groups`, 'user groups need the Enterprise plan or the Team user-groups add-on (A37)')
  const groups = indexById<GroupId, GroupInput, { readonly group: GroupInput; readonly index: number }>(groupInputs, `${path}.groups`, problems, (group, index) => ({
    group,
    index,
  }))
  const userIds = new Set(input.users.map((user) => user.id))
  const memberships = groupsOfUsers(groups, userIds, `${path}.groups`, problems)
  const users = indexById<UserId, WorkplaceUserInput, WorkplaceUserRecord | undefined>(input.users, `${path}.users`, problems, (user, index) => {
    const role = roles.get(id.role(user.role))
    if (role === undefined) problems.report('dangling_reference', `${path}.users[${index}].role`, `unknown workplace role '${user.role}'`)
    return role === undefined ? undefined : { id: id.user(user.id), role, groups: memberships.get(id.user(user.id)) ?? new Set() }
  })
  const known: KnownMembers = { users: userIds, groups }
  const projects = indexById<ProjectId, ProjectInput, ProjectRecord>(input.projects ?? [], `${path}.projects`, problems, (project, index) => ({
    id: id.project(project.id),
    members: buildMembers(project.members ?? [], `${path}.projects[${index}].members`, known, problems, (member, at) => {
      const role = projectRoles.get(id.role(member.role))
      if (role === undefined) problems.report('dangling_reference', `${at}.role`, `unknown project role '${member.role}'`)
      return role
    }),
  }))
  const connections = indexById<ConnectionId, WorkplaceConnectionInput, WorkplaceConnectionRecord>(
    input.connections ?? [],
    `${path}.connections`,
    problems,
    (connection, index) => {
      const at = `${path}.connections[${index}]`
      const creator = connection.createdBy
      return {
        id: id.connection(connection.id),
        createdBy: creator !== undefined && checkRef(userIds, creator, `${at}.createdBy`, 'user', problems) ? id.user(creator) : undefined,
        members: buildMembers(connection.members ?? [], `${at}.members`, known, problems, (member) => lattice.connectionRole.levels.indexOf(member.role)),
      }
    },
  )
  return {
    plan: input.plan,
    addOns,
    features,
    roles,
    projectRoles,
    users: new Map([...users].flatMap(([userId, user]) => (user === undefined ? [] : [[userId, user] as const]))),
    groups: new Set(groups.keys()),
    projects,
    connections,
  }
}
