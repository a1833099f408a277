// @ts-nocheck
import type { UserId, WorkspaceId } from '../../domain/ids.js'
import type { AdditionalRole, BaseRole } from '../input/account.js'

/**
 * A compiled base-role grant (R52, A47).
 *
 * @example
 * ```ts
 * context.world.account?.users.get(id.user('ana'))?.baseRole.previous // the role held before the last grant, if any
 * ```
 */
export interface BaseRoleRecord {
  readonly role: BaseRole
  readonly grantedAt: number
  readonly previous: BaseRole | undefined
}

/**
 * A compiled account user: additional roles map to the time each was granted (R58).
 *
 * @example
 * ```ts
 * const ana: AccountUserRecord | undefined = context.world.account?.users.get(id.user('ana'))
 * ana?.additionalRoles.get('flowAuthor') // the time the role was granted, or undefined
 * ```
 */
export interface AccountUserRecord {
  readonly id: UserId
  readonly baseRole: BaseRoleRecord
  readonly additionalRoles: ReadonlyMap<AdditionalRole, number>
  readonly workspaces: ReadonlySet<WorkspaceId>
  readonly locked: boolean
}

/**
 * The compiled account.
 *
 * @example
 * ```ts
 * const account: AccountSnapshot | undefined = context.world.account
 * account?.workspaces.has(id.workspace('sales'))
 * ```
 */
export interface AccountSnapshot {
  readonly workspaces: ReadonlySet<WorkspaceId>
  readonly users: ReadonlyMap<UserId, AccountUserRecord>
}
