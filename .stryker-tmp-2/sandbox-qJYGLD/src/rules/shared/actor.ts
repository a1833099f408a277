// @ts-nocheck
import type { Actor } from '../../domain/subject.js'
import type { ModelRecord, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { isWorkspaceAdmin } from './lookups.js'

/**
 * Whether the actor is a workspace administrator of the model's workspace. The Internal (Full Access)
 * alias never is: it is treated like one only on the target side of imports (A19, F30).
 *
 * @example
 * ```ts
 * actorIsWorkspaceAdmin(tenant, subject.user(id.user('wsa')), model) // true for a WSA of model.workspace
 * ```
 */
export const actorIsWorkspaceAdmin = (tenant: TenantSnapshot, actor: Actor, model: ModelRecord): boolean =>
  actor.kind === 'user' && isWorkspaceAdmin(tenant, actor.id, model.workspace)
