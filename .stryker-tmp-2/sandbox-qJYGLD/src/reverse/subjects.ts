// @ts-nocheck
import type { ActionType } from '../domain/action.js'
import type { UserId } from '../domain/ids.js'
import { subject as subjects, type Session, type Subject } from '../domain/subject.js'
import type { Snapshot } from '../snapshot/snapshot.js'

/**
 * The name the product gives the Internal (Full Access) alias (F26, R14, R20): how it is shown
 * wherever a reverse answer names its subjects.
 *
 * @example
 * ```ts
 * aliasName // 'Internal (Full Access)'
 * ```
 */
export const aliasName = 'Internal (Full Access)'

/** The name of the platform's scheduler in reverse answers. */
const schedulerName = 'Scheduler'

/**
 * How a reverse answer names a subject: a user by their id, the alias and the scheduler by the names
 * the product shows.
 *
 * @example
 * ```ts
 * subjectName(subject.internalAlias) // 'Internal (Full Access)'
 * subjectName(subject.user(id.user('ana'))) // 'ana'
 * ```
 */
export const subjectName = (who: Subject): string =>
  who.kind === 'user' ? who.id : who.kind === 'internalAlias' ? aliasName : schedulerName

/**
 * Where the users an action concerns are listed: the planning tenant, the workplace (connections and
 * projects) or the integration-marketplace account.
 *
 * @example
 * ```ts
 * const section: Section = sectionOf('connection.view') // 'workplace'
 * ```
 */
export type Section = 'tenant' | 'workplace' | 'account'

/**
 * The section whose users an action type is asked of.
 *
 * @example
 * ```ts
 * sectionOf('account.operate') // 'account'
 * ```
 */
export const sectionOf = (type: ActionType): Section =>
  type.startsWith('account.') ? 'account' : type.startsWith('connection.') || type.startsWith('workplace.') || type.startsWith('project.') ? 'workplace' : 'tenant'

/**
 * The users of a section, in the order the world lists them.
 *
 * @example
 * ```ts
 * usersOf(snapshot, 'tenant') // ['ana', 'bob', …]
 * ```
 */
export const usersOf = (world: Snapshot, section: Section): readonly UserId[] => {
  switch (section) {
    case 'tenant':
      return [...(world.tenant?.users.keys() ?? [])]
    case 'workplace':
      return [...(world.workplace?.users.keys() ?? [])]
    case 'account':
      return [...(world.account?.users.keys() ?? [])]
  }
}

/**
 * The subjects a reverse question asks about, in their order: the Internal (Full Access) alias first
 * (it is what seed 002 asks to see among the users), the scheduler for `cloudworks.run`, then every
 * user of the section, each with `session` when one is given.
 *
 * @example
 * ```ts
 * const order = subjectOrder(users, 'cloudworks.run', undefined)
 * order.at(0) // { kind: 'internalAlias' }
 * ```
 */
export interface SubjectOrder {
  readonly size: number
  readonly at: (position: number) => Subject | undefined
  /** The position of a user, or undefined for one the section does not list. */
  readonly positionOf: (user: UserId) => number | undefined
}

/**
 * Builds the {@link SubjectOrder} of an action type over a section's users (indexed by `positions`).
 *
 * @example
 * ```ts
 * subjectOrder(['ana'], new Map([['ana', 0]]), 'model.open', undefined).size // 2: the alias and ana
 * ```
 */
export const subjectOrder = (
  users: readonly UserId[],
  positions: ReadonlyMap<UserId, number>,
  type: ActionType,
  session: Session | undefined,
): SubjectOrder => {
  const fixed: readonly Subject[] = type === 'cloudworks.run' ? [subjects.internalAlias, subjects.scheduler] : [subjects.internalAlias]
  const offset = fixed.length
  return {
    size: offset + users.length,
    at: (position) => {
      if (position < offset) return fixed[position]
      const user = users[position - offset]
      return user === undefined ? undefined : subjects.user(user, session)
    },
    positionOf: (user) => {
      const at = positions.get(user)
      return at === undefined ? undefined : at + offset
    },
  }
}
