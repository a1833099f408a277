// @ts-nocheck
import type { UserId, WorkspaceId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { Membership, TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'

/**
 * A deny for an id the world does not hold: unknown ids deny at decide time.
 *
 * @example
 * ```ts
 * unknownId('model', 'fp') // [cap(0, { code: 'request.unknown_id', kind: 'model', id: 'fp' })]
 * ```
 */
export const unknownId = (kind: string, id: string): Verdicts => verdict.cap(0, reason('request.unknown_id', { kind, id }))

/**
 * The tenant section, or undefined when the world has none.
 *
 * @example
 * ```ts
 * const tenant = tenantOf(context.world)
 * if (tenant === undefined) return unknownId('tenant', 'tenant')
 * ```
 */
export const tenantOf = (world: Snapshot): TenantSnapshot | undefined => world.tenant

/**
 * A user of the tenant.
 *
 * @example
 * ```ts
 * userOf(tenant, id.user('ana'))?.enabled // true
 * ```
 */
export const userOf = (tenant: TenantSnapshot, user: UserId): UserRecord | undefined => tenant.users.get(user)

/**
 * A user's membership of a workspace, if any.
 *
 * @example
 * ```ts
 * membershipOf(tenant, id.user('ana'), id.workspace('finance'))?.admin // false for a plain member
 * ```
 */
export const membershipOf = (tenant: TenantSnapshot, user: UserId, workspace: WorkspaceId): Membership | undefined =>
  tenant.workspaces.get(workspace)?.members.get(user)

/**
 * Whether a user is a workspace administrator of a workspace.
 *
 * @example
 * ```ts
 * isWorkspaceAdmin(tenant, id.user('wanda'), id.workspace('finance')) // true
 * ```
 */
export const isWorkspaceAdmin = (tenant: TenantSnapshot, user: UserId, workspace: WorkspaceId): boolean =>
  membershipOf(tenant, user, workspace)?.admin === true
