// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { GrantAccountRole, RevokeAccountRole } from '../../domain/actions/account.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import type { AccountSnapshot, AccountUserRecord } from '../../snapshot/account/types.js'
import type { AdditionalRole, BaseRole } from '../../snapshot/input/account.js'

const baseRoles: ReadonlySet<string> = new Set<BaseRole>(['administrator', 'user', 'readOnly'])
const isBaseRole = (role: GrantAccountRole['role']): role is BaseRole => baseRoles.has(role)

const granted = (user: AccountUserRecord, role: GrantAccountRole['role'], at: number): AccountUserRecord => {
  if (isBaseRole(role))
    // R52: one base role; the one it replaces stays as `previous`, so sessions issued before `at` keep the lower of the two (A47).
    return role === user.baseRole.role ? user : { ...user, baseRole: { role, grantedAt: at, previous: user.baseRole.role } }
  // Granting a role already held keeps its first grant time: a repeated grant never makes it wait for a fresh session again.
  if (user.additionalRoles.has(role)) return user
  return { ...user, additionalRoles: new Map([...user.additionalRoles, [role, at]]) }
}

const revoked = (user: AccountUserRecord, role: AdditionalRole): AccountUserRecord =>
  user.additionalRoles.has(role) ? { ...user, additionalRoles: new Map([...user.additionalRoles].filter(([held]) => held !== role)) } : user

/**
 * `account.grantRole` and `account.revokeRole` (R51, R52, R57, R58, R63, A16, A47): the target user's
 * base role replaced, or an additional role added or removed. `at` (the command's time) is the grant
 * time, so the fresh-session rule applies to what was granted; a revocation applies at once. Who may is
 * the accountRoles module's decision; a target the account does not hold is refused.
 *
 * @example
 * ```ts
 * changeAccountRole(account, { type: 'account.grantRole', user: id.user('pat'), role: 'flowAuthor' }, Date.UTC(2026, 10, 23, 9, 0))
 * ```
 */
export const changeAccountRole = (
  account: AccountSnapshot,
  action: GrantAccountRole | RevokeAccountRole,
  at: number,
): Either<readonly Reason[], AccountSnapshot> => {
  const user = account.users.get(action.user)
  if (user === undefined) return left([reason('commands.integrity', { path: 'action.user', message: `unknown account user '${action.user}'` })])
  const next = action.type === 'account.grantRole' ? granted(user, action.role, at) : revoked(user, action.role)
  return right(next === user ? account : { ...account, users: withEntry(account.users, user.id, next) })
}
