// @ts-nocheck
import fc from 'fast-check'
import { id, resource, subject, type CloudworksAction, type Resource, type Subject, type TenantInput } from '../../../src/index.js'

const workspaceIds = ['ws0', 'ws1', 'ws2'] as const
const userIds = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'] as const

const userArb = (userId: string) =>
  fc.record({
    enabled: fc.boolean(),
    ia: fc.boolean(),
    tenantAdmin: fc.boolean(),
    riu: fc.option(fc.subarray([...workspaceIds], { minLength: 1 }), { nil: undefined }),
  }).map(({ enabled, ia, tenantAdmin, riu }) => ({
    id: userId,
    kind: 'internal' as const,
    enabled,
    roles: [...(ia ? (['integrationAdmin'] as const) : []), ...(tenantAdmin ? (['tenantAdmin'] as const) : [])],
    ...(riu === undefined ? {} : { restrictedIntegrationWorkspaces: riu }),
  }))

const maybeUser = fc.option(fc.constantFrom(...userIds), { nil: undefined })

const integrationArb = (integrationId: string) =>
  fc.record({
    workspace: fc.constantFrom(...workspaceIds),
    restricted: fc.boolean(),
    createdBy: fc.constantFrom(...userIds),
    lastRunBy: maybeUser,
    runAs: fc.option(fc.constantFrom(...userIds), { nil: undefined, freq: 4 }),
  }).map(({ lastRunBy, runAs, ...rest }) => ({
    id: integrationId,
    ...rest,
    ...(lastRunBy === undefined ? {} : { lastRunBy }),
    ...(runAs === undefined ? {} : { runAs }),
  }))

/**
 * A random CloudWorks tenant: six users with random integration roles, RIU workspaces, tenant
 * administration and platform access; random memberships of three workspaces; a few connections and
 * integrations (without steps) with random partitions, last runners and run-as users.
 */
export const cloudworksTenantArb: fc.Arbitrary<TenantInput> = fc
  .record({
    users: fc.tuple(...userIds.map(userArb)),
    members: fc.tuple(...workspaceIds.map(() => fc.subarray([...userIds]))),
    connections: fc.array(
      fc.record({ workspace: fc.constantFrom(...workspaceIds), restricted: fc.boolean(), createdBy: fc.constantFrom(...userIds) }),
      { maxLength: 3 },
    ),
    integrations: fc.tuple(integrationArb('i0'), integrationArb('i1'), integrationArb('i2'), integrationArb('i3')),
  })
  .map(({ users, members, connections, integrations }) => ({
    users,
    workspaces: workspaceIds.map((ws, i) => ({ id: ws, members: (members[i] ?? []).map((user) => ({ user })) })),
    models: [],
    connections: connections.map((c, i) => ({ id: `c${i}`, ...c })),
    integrations,
  }))

/** A random requester: a user (sometimes unknown), the scheduler or the alias. */
export const subjectArb: fc.Arbitrary<Subject> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...userIds, 'ghost').map((u) => subject.user(id.user(u))) },
  { weight: 2, arbitrary: fc.constant<Subject>(subject.scheduler) },
  { weight: 1, arbitrary: fc.constant<Subject>(subject.internalAlias) },
)

const integrationRes = fc.constantFrom('i0', 'i1', 'i2', 'i3', 'iX').map((i) => resource.integration(id.integration(i)))
const objectRes = fc.oneof(integrationRes, fc.constantFrom('c0', 'c1', 'c2', 'cX').map((c) => resource.cloudworksConnection(id.connection(c))))

/** A random `cloudworks.*` action with a resource it applies to (and a few it does not). */
export const cloudworksRequestArb: fc.Arbitrary<{ readonly action: CloudworksAction; readonly resource: Resource }> = fc.oneof(
  fc.record({ object: fc.constantFrom('connection' as const, 'integration' as const), ws: fc.constantFrom(...workspaceIds, 'wsX'), same: fc.nat(9) }).map(
    ({ object, ws, same }) => ({
      action: { type: 'cloudworks.create' as const, object },
      resource: resource.workspace(id.workspace(same === 0 ? 'ws0' : ws)),
    }),
  ),
  fc.record({ operation: fc.constantFrom('read' as const, 'update' as const, 'delete' as const), resource: objectRes }).map(({ operation, resource }) => ({
    action: { type: 'cloudworks.manage' as const, operation },
    resource,
  })),
  integrationRes.map((resource) => ({ action: { type: 'cloudworks.run' as const }, resource })),
  fc.record({ user: fc.option(fc.constantFrom(...userIds), { nil: null }), resource: integrationRes }).map(({ user, resource }) => ({
    action: { type: 'cloudworks.setRunAs' as const, user: user === null ? null : id.user(user) },
    resource,
  })),
)
