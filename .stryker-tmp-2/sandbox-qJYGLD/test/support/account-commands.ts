/** Generators of account role commands over the generated accounts, and the questions they change. */
// @ts-nocheck

import fc from 'fast-check'
import { id, resource, subject, type Action, type Command, type Resource, type Subject } from '../../src/index.js'
import { additionalRoleNames, timeArb } from './arbitraries/account.js'

const accountUsers = ['a1', 'a2', 'a3'] as const
const target = fc.constantFrom(...accountUsers, 'ghost').map(id.user)

const actionArb: fc.Arbitrary<Command['action']> = fc.oneof(
  fc.record({ type: fc.constant('account.grantRole' as const), user: target, role: fc.constantFrom('administrator' as const, 'user' as const, 'readOnly' as const, ...additionalRoleNames) }),
  fc.record({ type: fc.constant('account.revokeRole' as const), user: target, role: fc.constantFrom(...additionalRoleNames) }),
)

/** A random account role command: times in the accounts' small time domain, so grants and sessions often meet. */
export const accountCommandArb: fc.Arbitrary<Command> = fc
  .record({ actor: fc.constantFrom(...accountUsers), issuedAt: timeArb, action: actionArb, at: timeArb, tiebreak: fc.nat({ max: 3 }) })
  .map(({ actor, issuedAt, action, at, tiebreak }) => ({ actor: subject.user(id.user(actor), { issuedAt }), action, resource: resource.account(), at, tiebreak }) as Command)

const asked: readonly Action[] = [
  { type: 'account.operate', operation: 'changeRoles' },
  { type: 'account.operate', operation: 'managePlatformSettings' },
  { type: 'account.operate', operation: 'runFlow' },
  { type: 'account.author', artifact: 'flow', operation: 'create' },
]

/** Every account user, with sessions issued before, between and after the generated grant times, asking what roles decide. */
export const accountProbes: readonly (readonly [Subject, Action, Resource])[] = accountUsers.flatMap((user) =>
  [0, 3, 7].flatMap((issuedAt) => asked.map((action) => [subject.user(id.user(user), { issuedAt }), action, resource.account()] as const)),
)
