// @ts-nocheck
import fc from 'fast-check'
import type { AccountInput, AccountOperation, AdditionalRole, BaseRole } from '../../../src/index.js'
import { accountOperations } from '../../../src/domain/actions/account.js'

const baseRoles: readonly BaseRole[] = ['administrator', 'user', 'readOnly']
export const additionalRoleNames: readonly AdditionalRole[] = ['flowAuthor', 'integrationAuthor', 'connectorAuthor', 'appBuilderAuthor', 'platformAdministrator']
export const operations: readonly AccountOperation[] = accountOperations
const accountUserIds = ['a1', 'a2', 'a3'] as const
const accountWorkspaceIds = ['w1', 'w2'] as const

/** A small time domain, so that session and grant times often coincide (I42's boundary). */
export const timeArb = fc.integer({ min: 0, max: 6 })

/** The additional roles of a user, each with a grant time. */
const additionalRolesArb = fc
  .subarray([...additionalRoleNames])
  .chain((roles) => fc.tuple(...roles.map((role) => timeArb.map((grantedAt) => ({ role, grantedAt })))))

/** An account user with the given id. */
const accountUserArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      baseRole: fc.record({ role: fc.constantFrom(...baseRoles), grantedAt: timeArb, previous: fc.constantFrom(...baseRoles) }, { requiredKeys: ['role', 'grantedAt'] }),
      additionalRoles: additionalRolesArb,
      workspaces: fc.subarray([...accountWorkspaceIds]),
      locked: fc.boolean(),
    },
    { requiredKeys: ['id', 'baseRole'] },
  )

/** An account that compiles. */
export const accountArb: fc.Arbitrary<AccountInput> = fc.record({
  workspaces: fc.constant(accountWorkspaceIds.map((id) => ({ id }))),
  users: fc.tuple(...accountUserIds.map(accountUserArb)),
})

/** An account request: a user (maybe unknown), a session (maybe none), an action, maybe a workspace. */
export const accountRequestArb = fc.record(
  {
    user: fc.constantFrom(...accountUserIds, 'ghost'),
    issuedAt: timeArb,
    workspace: fc.constantFrom(...accountWorkspaceIds, 'wx'),
    action: fc.oneof(
      fc.constantFrom(...operations).map((operation) => ({ type: 'account.operate' as const, operation })),
      fc.record({
        type: fc.constant('account.author' as const),
        artifact: fc.constantFrom('flow' as const, 'integration' as const, 'connector' as const),
        operation: fc.constantFrom('create' as const, 'update' as const, 'delete' as const),
      }),
    ),
  },
  { requiredKeys: ['user', 'action'] },
)

/** A generated account request. */
export type AccountRequest = typeof accountRequestArb extends fc.Arbitrary<infer R> ? R : never

/** Settings that change account decisions. */
export const accountSettingsArb = fc.record({ administratorManagesWorkspaces: fc.boolean(), platformAdministratorAuthors: fc.boolean() })
