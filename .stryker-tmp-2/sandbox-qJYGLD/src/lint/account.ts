// @ts-nocheck
import type { AccountSnapshot } from '../snapshot/account/types.js'
import type { Ungraded } from './findings.js'

/**
 * Account users whose base role is Read Only yet who hold additional roles: the Read-Only cap keeps
 * them view-only, so those roles grant nothing (F65, A14, I41). Compile accepts the combination.
 *
 * @example
 * ```ts
 * readOnlyWithAdditionalRoles(account)
 * ```
 */
export const readOnlyWithAdditionalRoles = (account: AccountSnapshot): readonly Ungraded[] =>
  [...account.users.values()]
    .filter((user) => user.baseRole.role === 'readOnly' && user.additionalRoles.size > 0)
    .map((user) => ({ code: 'account.read_only_additional_roles', user: user.id, roles: [...user.additionalRoles.keys()] }))
