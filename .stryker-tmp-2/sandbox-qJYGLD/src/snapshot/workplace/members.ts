// @ts-nocheck
import { id, type GroupId, type UserId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef } from '../index-by-id.js'
import type { WorkplaceMemberInput } from '../input/workplace.js'
import type { Members } from './types.js'

/**
 * What a member list may refer to.
 *
 * @example
 * ```ts
 * const known: KnownMembers = { users: new Set(['ana']), groups: new Set(['analysts']) }
 * ```
 */
export interface KnownMembers {
  readonly users: ReadonlySet<string> | ReadonlyMap<string, unknown>
  readonly groups: ReadonlySet<string> | ReadonlyMap<string, unknown>
}

/**
 * Compiles a member list: users and groups apart, each with its role as `toRole` resolves it (undefined
 * when the role is itself a dangling reference, already reported). Dangling members and repeated members
 * are reported at their path.
 *
 * @example
 * ```ts
 * buildMembers([{ user: 'ana', role: 'viewer' }], 'workplace.connections[0].members', known, problems, (m) => lattice.connectionRole.levels.indexOf(m.role))
 * ```
 */
export const buildMembers = <I extends WorkplaceMemberInput, R>(
  inputs: readonly I[],
  path: string,
  known: KnownMembers,
  problems: Problems,
  toRole: (member: I, at: string) => R | undefined,
): Members<R> => {
  const users = new Map<UserId, R>()
  const groups = new Map<GroupId, R>()
  const seen = new Set<string>()
  const add = <K extends string>(target: Map<K, R>, key: K, field: 'user' | 'group', at: string, member: I): void => {
    if (!checkRef(field === 'user' ? known.users : known.groups, key, `${at}.${field}`, field, problems)) return
    const role = toRole(member, at)
    if (seen.has(`${field}:${key}`)) problems.report('duplicate_id', `${at}.${field}`, `${field} '${key}' is listed twice`)
    else if (role !== undefined) target.set(key, role)
    seen.add(`${field}:${key}`)
  }
  inputs.forEach((member, index) => {
    const at = `${path}[${index}]`
    if ('user' in member) add(users, id.user(member.user), 'user', at, member)
    else add(groups, id.group(member.group), 'group', at, member)
  })
  return { users, groups }
}
