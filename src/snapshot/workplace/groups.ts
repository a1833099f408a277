import { id, type GroupId, type UserId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef } from '../index-by-id.js'
import type { GroupInput } from '../input/workplace.js'

type Visit = 'open' | 'done'

/**
 * Resolves nested groups: for every user, every group they belong to, directly or through groups that
 * a group includes. Reports dangling users and groups, and every edge that closes a cycle of inclusion
 * (a cycle would make membership ill-founded). `groups` are the first occurrence of each id.
 *
 * @example
 * ```ts
 * groupsOfUsers(groupsById, new Set(['ana']), 'workplace.groups', problems).get(id.user('ana')) // Set {'eng', 'all'}
 * ```
 */
export const groupsOfUsers = (
  inputs: ReadonlyMap<GroupId, { readonly group: GroupInput; readonly index: number }>,
  users: ReadonlySet<string>,
  path: string,
  problems: Problems,
): ReadonlyMap<UserId, ReadonlySet<GroupId>> => {
  const state = new Map<GroupId, Visit>()
  const closure = new Map<GroupId, ReadonlySet<UserId>>()
  const visit = (groupId: GroupId): ReadonlySet<UserId> => {
    const done = closure.get(groupId)
    if (done !== undefined) return done
    const entry = inputs.get(groupId)
    if (entry === undefined) return new Set()
    state.set(groupId, 'open')
    const at = `${path}[${entry.index}]`
    const members = new Set<UserId>(
      (entry.group.users ?? []).filter((user, i) => checkRef(users, user, `${at}.users[${i}]`, 'user', problems)).map(id.user),
    )
    ;(entry.group.groups ?? []).forEach((included, i) => {
      const child = id.group(included)
      if (!checkRef(inputs, included, `${at}.groups[${i}]`, 'group', problems)) return
      if (state.get(child) === 'open') {
        problems.report('cycle', `${at}.groups[${i}]`, `group '${groupId}' includes '${included}', which includes it back`)
        return
      }
      for (const user of visit(child)) members.add(user)
    })
    state.set(groupId, 'done')
    closure.set(groupId, members)
    return members
  }
  const result = new Map<UserId, Set<GroupId>>()
  for (const groupId of inputs.keys())
    for (const user of visit(groupId)) {
      const set = result.get(user) ?? new Set<GroupId>()
      set.add(groupId)
      result.set(user, set)
    }
  return result
}
