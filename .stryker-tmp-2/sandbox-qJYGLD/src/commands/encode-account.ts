// @ts-nocheck
import type { AccountSnapshot, AccountUserRecord } from '../snapshot/account/types.js'
import type { AccountInput, AccountUserInput } from '../snapshot/input/account.js'

const accountUser = (record: AccountUserRecord): AccountUserInput => {
  const { role, grantedAt, previous } = record.baseRole
  const additionalRoles = [...record.additionalRoles].map(([held, at]) => ({ role: held, grantedAt: at }))
  return {
    id: record.id,
    baseRole: { role, grantedAt, ...(previous === undefined ? {} : { previous }) },
    ...(additionalRoles.length === 0 ? {} : { additionalRoles }),
    ...(record.workspaces.size === 0 ? {} : { workspaces: [...record.workspaces] }),
    ...(record.locked ? { locked: true } : {}),
  }
}

/**
 * The account as delivered, with its users read from the live state: commands grant and revoke
 * account roles with their times (R51, R57, R63).
 *
 * @example
 * ```ts
 * accountInput(snapshot.account, input.account) // users with their roles as commands left them
 * ```
 */
export const accountInput = (account: AccountSnapshot, delivered: AccountInput): AccountInput => ({
  ...delivered,
  users: [...account.users.values()].map(accountUser),
})
