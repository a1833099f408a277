import type { ActionType } from '../../domain/action.js'
import type { Subject } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import { unknownId, userOf } from '../shared/lookups.js'

/**
 * The user record of a request's subject, or the verdicts that deny it: only users manage CloudWorks
 * objects, and an unknown user denies with `request.unknown_id`.
 *
 * @example
 * ```ts
 * const who = requester(tenant, request.subject, 'cloudworks.manage')
 * if ('denied' in who) return who.denied
 * ```
 */
export const requester = (
  tenant: TenantSnapshot,
  subject: Subject,
  action: ActionType,
): { readonly user: UserRecord } | { readonly denied: Verdicts } => {
  if (subject.kind !== 'user') return { denied: verdict.cap(0, reason('request.subject_not_supported', { subject: subject.kind, action })) }
  const user = userOf(tenant, subject.id)
  return user === undefined ? { denied: unknownId('user', subject.id) } : { user }
}
