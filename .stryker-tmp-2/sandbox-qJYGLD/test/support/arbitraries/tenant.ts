/**
 * fast-check generators of small planning tenants that always compile: four users, three workspaces,
 * up to three models, every administration role, RIU workspaces, memberships, switches and the audit
 * licence at random.
 */
// @ts-nocheck

import fc from 'fast-check'
import { plainAdminRoles } from '../../../src/codecs/admin-roles.js'
import type { ModelInput, PlainAdminRole, TenantInput, UserInput, WorkspaceInput } from '../../../src/index.js'

/** The user ids of every generated tenant. */
export const userIds = ['u0', 'u1', 'u2', 'u3'] as const
/** The workspace ids of every generated tenant. */
export const workspaceIds = ['w0', 'w1', 'w2'] as const
/** Every administration role held without parameters. */
const plainRoles: readonly PlainAdminRole[] = plainAdminRoles

type Seat = 'none' | 'member' | 'admin'

const userArb = (id: string): fc.Arbitrary<UserInput> =>
  fc
    .record({
      visiting: fc.boolean(),
      enabled: fc.constantFrom(true, true, true, false),
      roles: fc.subarray([...plainRoles]),
      riu: fc.subarray([...workspaceIds]),
    })
    .map(({ visiting, enabled, roles, riu }) => ({
      id,
      kind: visiting ? 'visiting' : 'internal',
      enabled,
      roles: visiting ? roles.filter((role) => role !== 'integrationAdmin') : roles,
      ...(visiting || riu.length === 0 ? {} : { restrictedIntegrationWorkspaces: riu }),
    }))

const seatsArb = fc.array(fc.constantFrom<Seat>('none', 'member', 'admin'), { minLength: 12, maxLength: 12 })

const modelArb = (index: number): fc.Arbitrary<ModelInput> =>
  fc
    .record({
      workspace: fc.constantFrom(...workspaceIds),
      roles: fc.array(fc.constantFrom('fullAccess', 'noAccess', 'analyst', 'unassigned'), { minLength: 4, maxLength: 4 }),
    })
    .map(({ workspace, roles }) => ({
      id: `m${index}`,
      workspace,
      roles: [{ id: 'analyst' }],
      assignments: roles.flatMap((role, u) => (role === 'unassigned' ? [] : [{ user: userIds[u] ?? 'u0', role }])),
    }))

const workspacesOf = (seats: readonly Seat[]): readonly WorkspaceInput[] =>
  workspaceIds.map((id, w) => ({
    id,
    members: userIds.flatMap((user, u) => {
      const seat = seats[w * userIds.length + u] ?? 'none'
      return seat === 'none' ? [] : [{ user, admin: seat === 'admin' }]
    }),
  }))

/** A random tenant that compiles. */
export const tenantArb: fc.Arbitrary<TenantInput> = fc
  .record({
    users: fc.tuple(...userIds.map(userArb)),
    seats: seatsArb,
    models: fc.integer({ min: 0, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => modelArb(i)))),
    userManagement: fc.boolean(),
    exceptionUsers: fc.boolean(),
    auditLicensed: fc.boolean(),
  })
  .map(({ users, seats, models, userManagement, exceptionUsers, auditLicensed }) => ({
    users,
    workspaces: workspacesOf(seats),
    models,
    switches: { userManagement, exceptionUsers },
    auditLicensed,
  }))

/** One of the generated users. */
export const userIdArb = fc.constantFrom(...userIds)
/** One of the generated workspaces. */
export const workspaceIdArb = fc.constantFrom(...workspaceIds)

/** The generated user's record in a tenant input. */
export const userIn = (tenant: TenantInput, id: string): UserInput | undefined => tenant.users.find((u) => u.id === id)

/** The seat of a user in a workspace of a tenant input. */
export const seatIn = (tenant: TenantInput, user: string, workspace: string): Seat => {
  const found = tenant.workspaces.find((w) => w.id === workspace)?.members?.find((m) => m.user === user)
  return found === undefined ? 'none' : found.admin === true ? 'admin' : 'member'
}

/** Whether a user of a tenant input holds a plain administration role and is enabled. */
export const activeWith = (tenant: TenantInput, user: string, role: PlainAdminRole): boolean => {
  const record = userIn(tenant, user)
  return record !== undefined && record.enabled !== false && (record.roles ?? []).includes(role)
}

/** Whether a user of a tenant input is enabled. */
export const enabledIn = (tenant: TenantInput, user: string): boolean => userIn(tenant, user)?.enabled !== false

/** A tenant input with one user replaced. */
export const withUser = (tenant: TenantInput, user: UserInput): TenantInput => ({
  ...tenant,
  users: tenant.users.map((u) => (u.id === user.id ? user : u)),
})
