// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { UserId } from '../../domain/ids.js'
import type { Resource } from '../../domain/resource.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'

/**
 * What a state change comes to: the new tenant, or the reasons it cannot be made without leaving a
 * world that `compile` would reject.
 *
 * @example
 * ```ts
 * const effect: Effect = refuse('action.workspaces', 'a restricted integration user needs at least one workspace (R3, I18)')
 * ```
 */
export type Effect = Either<readonly Reason[], TenantSnapshot>

/**
 * Refuses a change, naming the field of the command that makes it impossible.
 *
 * @example
 * ```ts
 * refuse('action.workspaces', 'a restricted integration user needs at least one workspace (R3, I18)')
 * ```
 */
export const refuse = (path: string, message: string): Effect => left([reason('commands.integrity', { path, message })])

/**
 * The changed tenant.
 *
 * @example
 * ```ts
 * changed(putUser(tenant, user))
 * ```
 */
export const changed = (tenant: TenantSnapshot): Effect => right(tenant)

/**
 * The user a command's resource names, or a refusal when the resource is not a known user.
 *
 * @example
 * ```ts
 * const target = targetUser(tenant, command.resource)
 * ```
 */
export const targetUser = (tenant: TenantSnapshot, resource: Resource): Either<readonly Reason[], UserRecord> => {
  if (resource.kind !== 'user') return left([reason('request.resource_mismatch', { action: 'command', resource: resource.kind })])
  const user = tenant.users.get(resource.id)
  return user === undefined ? left([reason('request.unknown_id', { kind: 'user', id: resource.id })]) : right(user)
}

/**
 * Runs a change on the user the resource names.
 *
 * @example
 * ```ts
 * onTarget(tenant, command.resource, (user) => changed(putUser(tenant, { ...user, enabled: false })))
 * ```
 */
export const onTarget = (tenant: TenantSnapshot, resource: Resource, change: (user: UserRecord) => Effect): Effect => {
  const target = targetUser(tenant, resource)
  return target._tag === 'Left' ? target : change(target.right)
}

/**
 * A user id for messages.
 *
 * @example
 * ```ts
 * quoted(id.user('bob')) // "'bob'"
 * ```
 */
export const quoted = (user: UserId): string => `'${user}'`
