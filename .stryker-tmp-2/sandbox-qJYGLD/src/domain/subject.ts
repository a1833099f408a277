// @ts-nocheck
import type { UserId } from './ids.js'

/**
 * A session of a user: the time it was issued, in milliseconds since the epoch. Roles granted after
 * this instant do not apply to the session (R58, I42). Time is always an input, never read from a clock.
 *
 * @example
 * ```ts
 * const session: Session = { issuedAt: Date.UTC(2026, 10, 23, 9, 0) }
 * ```
 */
export interface Session {
  readonly issuedAt: number
}

/**
 * A person, identified by their user id; `session` is needed only by account roles (I42).
 *
 * @example
 * ```ts
 * const ana: UserSubject = subject.user(id.user('ana'), { issuedAt: Date.UTC(2026, 10, 23, 9, 0) })
 * ```
 */
export interface UserSubject {
  readonly kind: 'user'
  readonly id: UserId
  readonly session?: Session
}

/**
 * The Internal (Full Access) alias: the non-personal account CloudWorks acts as (F26).
 *
 * @example
 * ```ts
 * const alias: InternalAliasSubject = subject.internalAlias // { kind: 'internalAlias' }
 * ```
 */
export interface InternalAliasSubject {
  readonly kind: 'internalAlias'
}

/**
 * The platform's scheduler, triggering a scheduled integration run (A6, A31).
 *
 * @example
 * ```ts
 * const scheduler: SchedulerSubject = subject.scheduler // { kind: 'scheduler' }
 * ```
 */
export interface SchedulerSubject {
  readonly kind: 'scheduler'
}

/**
 * Who asks. Integration runs resolve an *actor* from it (see {@link Actor}).
 *
 * @example
 * ```ts
 * import { subject, id } from 'accessgrid'
 * const alice = subject.user(id.user('alice'))
 * ```
 */
export type Subject = UserSubject | InternalAliasSubject | SchedulerSubject

/**
 * The identity whose access every data check uses: a user or the Internal (Full Access) alias.
 *
 * @example
 * ```ts
 * const runAs: Actor = subject.user(id.user('rita'))
 * const alias: Actor = subject.internalAlias // never the scheduler: a scheduled run acts as someone
 * ```
 */
export type Actor = UserSubject | InternalAliasSubject

const internalAlias: InternalAliasSubject = Object.freeze({ kind: 'internalAlias' })
const scheduler: SchedulerSubject = Object.freeze({ kind: 'scheduler' })

/**
 * Constructors for subjects.
 *
 * @example
 * ```ts
 * subject.user(id.user('ana'), { issuedAt: 100 }) // { kind: 'user', id: 'ana', session: { issuedAt: 100 } }
 * ```
 */
export const subject = {
  user: (userId: UserId, session?: Session): UserSubject =>
    session === undefined ? { kind: 'user', id: userId } : { kind: 'user', id: userId, session },
  internalAlias,
  scheduler,
} as const
