// @ts-nocheck
import type { Request } from '../../domain/request.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import { unknownId } from './lookups.js'

/**
 * Runs `then` with the tenant and the acting user of a request. Fails closed: a world without a
 * tenant, an actor that is not a user (the Internal alias, the scheduler) or an unknown user is a
 * `cap(0, …)` naming the problem.
 *
 * @example
 * ```ts
 * const rule: Rule<'tenant.readAudit'> = (request, { world }) =>
 *   withActingUser(request, world, (tenant, user) => verdict.skip)
 * ```
 */
export const withActingUser = (
  request: Request,
  world: Snapshot,
  then: (tenant: TenantSnapshot, user: UserRecord) => Verdicts,
): Verdicts => {
  const tenant = world.tenant
  if (tenant === undefined) return unknownId('tenant', 'tenant')
  const actor = request.actor
  if (actor?.kind !== 'user')
    return verdict.cap(0, reason('request.subject_not_supported', { subject: actor?.kind ?? request.subject.kind, action: request.action.type }))
  return ifKnown(tenant.users.get(actor.id), 'user', actor.id, (user) => then(tenant, user))
}

/**
 * Runs `then` with a value looked up by id, or denies with `request.unknown_id` when the lookup failed.
 *
 * @example
 * ```ts
 * ifKnown(tenant.workspaces.get(ws), 'workspace', ws, (workspace) => verdict.skip)
 * ```
 */
export const ifKnown = <V>(value: V | undefined, kind: string, id: string, then: (value: V) => Verdicts): Verdicts =>
  value === undefined ? unknownId(kind, id) : then(value)
