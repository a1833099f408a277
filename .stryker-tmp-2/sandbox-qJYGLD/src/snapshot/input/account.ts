/**
 * The three base roles of an account (R52).
 *
 * @example
 * ```ts
 * const role: BaseRole = 'readOnly'
 * ```
 */
// @ts-nocheck

export type BaseRole = 'administrator' | 'user' | 'readOnly'

/**
 * The additional roles of an account (R57–R63, F69).
 *
 * @example
 * ```ts
 * const role: AdditionalRole = 'flowAuthor'
 * ```
 */
export type AdditionalRole = 'flowAuthor' | 'integrationAuthor' | 'connectorAuthor' | 'appBuilderAuthor' | 'platformAdministrator'

/**
 * A user's base role with the time it was granted (milliseconds since the epoch). `previous` is the role
 * held before that grant, if any: a session issued before `grantedAt` keeps the lower of the two (A47).
 *
 * @example
 * ```ts
 * const promoted: BaseRoleInput = { role: 'administrator', grantedAt: Date.UTC(2026, 10, 23, 9, 0), previous: 'user' }
 * ```
 */
export interface BaseRoleInput {
  readonly role: BaseRole
  readonly grantedAt: number
  readonly previous?: BaseRole
}

/**
 * An additional role with the time it was granted (R58).
 *
 * @example
 * ```ts
 * const author: AdditionalRoleInput = { role: 'integrationAuthor', grantedAt: Date.UTC(2026, 10, 23, 9, 0) }
 * ```
 */
export interface AdditionalRoleInput {
  readonly role: AdditionalRole
  readonly grantedAt: number
}

/**
 * A user of the account.
 *
 * @example
 * ```ts
 * const ana: AccountUserInput = { id: 'ana', baseRole: { role: 'user', grantedAt: 0 }, additionalRoles: [{ role: 'flowAuthor', grantedAt: 0 }], workspaces: ['sales'] }
 * ```
 */
export interface AccountUserInput {
  readonly id: string
  readonly baseRole: BaseRoleInput
  readonly additionalRoles?: readonly AdditionalRoleInput[]
  /** The account's workspaces the user is a member of (A24). */
  readonly workspaces?: readonly string[]
  /** A locked account is blocked from the portal and the API (F68); default false. */
  readonly locked?: boolean
}

/**
 * The integration-marketplace account (seed 004) as delivered.
 *
 * @example
 * ```ts
 * const account: AccountInput = { users: [{ id: 'ana', baseRole: { role: 'user', grantedAt: 0 } }] }
 * ```
 */
export interface AccountInput {
  readonly workspaces?: readonly { readonly id: string }[]
  readonly users: readonly AccountUserInput[]
}
