// @ts-nocheck
import type { Session } from '../../domain/subject.js'
import type { AccountUserRecord } from '../../snapshot/account/types.js'
import type { AdditionalRole, BaseRole } from '../../snapshot/input/account.js'
import { baseRank } from './rights.js'

/**
 * Whether a grant made at `grantedAt` applies to a session: only sessions issued strictly after it (R58,
 * I42, A47). A subject without a session gets no such grant (fail closed).
 *
 * @example
 * ```ts
 * appliesTo(100, { issuedAt: 100 }) // false: the session is not newer than the grant
 * ```
 */
const appliesTo = (grantedAt: number, session: Session | undefined): boolean => session !== undefined && session.issuedAt > grantedAt

/**
 * The base role a session decides with (A47): the current role when the session is newer than its grant;
 * otherwise the lower of the previous and the current role (an upgrade waits, a downgrade applies at
 * once), or no role when there was none before.
 *
 * @example
 * ```ts
 * sessionBaseRole(upgradedToAdministrator, { issuedAt: 0 }) // 'user' (the previous role)
 * ```
 */
export const sessionBaseRole = (user: AccountUserRecord, session: Session | undefined): BaseRole | undefined => {
  const { role, previous, grantedAt } = user.baseRole
  if (appliesTo(grantedAt, session)) return role
  if (previous === undefined) return undefined
  return baseRank(previous) < baseRank(role) ? previous : role
}

/**
 * The additional roles a session may use (R58, I42); revoked roles are simply absent from the world (A16).
 *
 * @example
 * ```ts
 * sessionAdditionalRoles(user, { issuedAt: 2_000 }) // ['flowAuthor']
 * ```
 */
export const sessionAdditionalRoles = (user: AccountUserRecord, session: Session | undefined): readonly AdditionalRole[] =>
  [...user.additionalRoles].filter(([, grantedAt]) => appliesTo(grantedAt, session)).map(([role]) => role)

/**
 * The roles the user holds that the session may not use yet, with their grant times.
 *
 * @example
 * ```ts
 * rolesAwaitingSession(user, { issuedAt: 500 }) // [{ role: 'flowAuthor', grantedAt: 1000 }]
 * ```
 */
export const rolesAwaitingSession = (
  user: AccountUserRecord,
  session: Session | undefined,
): readonly { readonly role: BaseRole | AdditionalRole; readonly grantedAt: number }[] => [
  ...(sessionBaseRole(user, session) === user.baseRole.role ? [] : [{ role: user.baseRole.role, grantedAt: user.baseRole.grantedAt }]),
  ...[...user.additionalRoles].filter(([, grantedAt]) => !appliesTo(grantedAt, session)).map(([role, grantedAt]) => ({ role, grantedAt })),
]
