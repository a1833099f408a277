import type { UserId, WorkspaceId } from '../../domain/ids.js'
import type { AdditionalRole, BaseRole } from '../input/account.js'

/** A compiled base-role grant (R52, A47). */
export interface BaseRoleRecord {
  readonly role: BaseRole
  readonly grantedAt: number
  readonly previous: BaseRole | undefined
}

/** A compiled account user: additional roles map to the time each was granted (R58). */
export interface AccountUserRecord {
  readonly id: UserId
  readonly baseRole: BaseRoleRecord
  readonly additionalRoles: ReadonlyMap<AdditionalRole, number>
  readonly workspaces: ReadonlySet<WorkspaceId>
  readonly locked: boolean
}

/** The compiled account. */
export interface AccountSnapshot {
  readonly workspaces: ReadonlySet<WorkspaceId>
  readonly users: ReadonlyMap<UserId, AccountUserRecord>
}
