// @ts-nocheck
import fc from 'fast-check'
import { id, resource, type Action, type ConnectionMemberInput, type ProjectMemberInput, type Resource, type WorkplaceInput, type WorkplacePermission } from '../../../src/index.js'

const connectionRoles = ['none', 'viewer', 'consumer', 'admin'] as const
const permissions: readonly WorkplacePermission[] = ['viewAllConnections', 'useAllConnections', 'manageAllConnections', 'createConnections']
const builtInWorkplaceRoles = ['owner', 'admin', 'collaborator', 'viewer'] as const
const builtInProjectRoles = ['viewer', 'collaborator', 'admin'] as const

/** The ids generated worlds use; `boss` is always a workplace Owner. */
export const userIds = ['boss', 'u1', 'u2', 'u3', 'u4'] as const
export const groupIds = ['g1', 'g2', 'g3'] as const
export const projectIds = ['p1', 'p2'] as const
export const connectionIds = ['c1', 'c2'] as const

const subsetOf = <T>(values: readonly T[]) => fc.subarray([...values])

const members = <R extends string>(roles: fc.Arbitrary<R>, groups: readonly string[]) =>
  fc
    .tuple(fc.subarray([...userIds]), fc.subarray([...groups]))
    .chain(([users, gs]) =>
      fc.tuple(
        fc.tuple(...users.map((user) => roles.map((role) => ({ user, role })))),
        fc.tuple(...gs.map((group) => roles.map((role) => ({ group, role })))),
      ),
    )
    .map(([us, gs]) => [...us, ...gs])

/**
 * A workplace that compiles: any plan with the add-ons it allows, custom roles and groups only when the
 * plan has them, groups nested without cycles (a group includes only later groups), projects and
 * connections with unique members.
 */
export const workplaceArb: fc.Arbitrary<WorkplaceInput> = fc
  .record({
    plan: fc.constantFrom('developer', 'team', 'enterprise'),
    addOns: subsetOf(['customRoles', 'userGroups'] as const),
  })
  .chain(({ plan, addOns }) => {
    const add = plan === 'team' ? addOns : []
    const customRoles = plan === 'enterprise' || add.includes('customRoles')
    const userGroups = plan === 'enterprise' || add.includes('userGroups')
    const groups = userGroups ? groupIds : []
    const workplaceRoles = customRoles ? [...builtInWorkplaceRoles, 'wr1', 'wr2'] : [...builtInWorkplaceRoles]
    const projectRoles = customRoles ? [...builtInProjectRoles, 'pr1', 'pr2'] : [...builtInProjectRoles]
    return fc.record({
      plan: fc.constant(plan),
      addOns: fc.constant(add),
      roles: customRoles
        ? fc.tuple(subsetOf(permissions), subsetOf(permissions)).map(([a, b]) => [{ id: 'wr1', permissions: a }, { id: 'wr2', permissions: b }])
        : fc.constant([]),
      projectRoles: customRoles
        ? fc.tuple(fc.boolean(), fc.boolean()).map(([a, b]) => [{ id: 'pr1', manageSyncs: a }, { id: 'pr2', manageSyncs: b }])
        : fc.constant([]),
      users: fc.tuple(...userIds.slice(1).map((id) => fc.constantFrom(...workplaceRoles).map((role) => ({ id, role })))).map((us) => [
        { id: 'boss', role: 'owner' },
        ...us,
      ]),
      groups: fc.tuple(
        ...groups.map((id, index) =>
          fc.record({ id: fc.constant(id), users: fc.subarray([...userIds]), groups: fc.subarray(groups.slice(index + 1)) }),
        ),
      ),
      projects: fc.tuple(
        ...projectIds.map((id) =>
          members<string>(fc.constantFrom(...projectRoles), groups).map((ms): { id: string; members: readonly ProjectMemberInput[] } => ({ id, members: ms })),
        ),
      ),
      connections: fc.tuple(
        ...connectionIds.map((id) =>
          members(fc.constantFrom(...connectionRoles), groups).map((ms): { id: string; members: readonly ConnectionMemberInput[] } => ({ id, members: ms })),
        ),
      ),
    })
  })

/** A member of a generated world, or an unknown one. */
const memberArb = fc.oneof(
  fc.constantFrom(...userIds, 'ghost').map((user) => ({ user })),
  fc.constantFrom(...groupIds, 'nog').map((group) => ({ group })),
)

/** A connection role. */
export const connectionRoleArb = fc.constantFrom(...connectionRoles)

/** A connection-scoping request against a generated world, with ids that may be unknown. */
export const workplaceRequestArb = fc.record({
  user: fc.constantFrom(...userIds, 'ghost'),
  connection: fc.constantFrom(...connectionIds, 'cx'),
  project: fc.constantFrom(...projectIds, 'px'),
  member: memberArb,
  role: connectionRoleArb,
  action: fc.constantFrom(
    'connection.view',
    'connection.createSync',
    'connection.manage',
    'connection.addMember',
    'connection.setMemberRole',
    'connection.removeMember',
    'workplace.createConnection',
    'project.manageSyncs',
  ),
})

/** A generated request. */
export type WorkplaceRequest = typeof workplaceRequestArb extends fc.Arbitrary<infer R> ? R : never

/** A generated request's action and resource, as the engine takes them. */
export const asEngineRequest = (r: WorkplaceRequest): { action: Action; resource: Resource } => {
  const member = 'user' in r.member ? { user: id.user(r.member.user) } : { group: id.group(r.member.group) }
  const onConnection = resource.workplaceConnection(id.connection(r.connection))
  switch (r.action) {
    case 'connection.view':
    case 'connection.manage':
      return { action: { type: r.action }, resource: onConnection }
    case 'connection.createSync':
      return { action: { type: r.action, project: id.project(r.project) }, resource: onConnection }
    case 'connection.addMember':
    case 'connection.setMemberRole':
      return { action: { type: r.action, member, role: r.role }, resource: onConnection }
    case 'connection.removeMember':
      return { action: { type: r.action, member }, resource: onConnection }
    case 'workplace.createConnection':
      return { action: { type: r.action }, resource: resource.workplace }
    case 'project.manageSyncs':
      return { action: { type: r.action }, resource: resource.project(id.project(r.project)) }
  }
}
