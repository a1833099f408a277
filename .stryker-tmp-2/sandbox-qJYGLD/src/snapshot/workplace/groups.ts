// @ts-nocheck
import { id, type GroupId, type UserId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef } from '../index-by-id.js'
import type { GroupInput } from '../input/workplace.js'

type Visit = 'open' | 'done'

type Entry = { readonly group: GroupInput; readonly index: number }

/** A group being visited: its path, the groups it includes, the members found so far, the next include to visit. */
interface Frame {
  readonly groupId: GroupId
  readonly at: string
  readonly includes: readonly string[]
  readonly members: Set<UserId>
  next: number
}

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
  inputs: ReadonlyMap<GroupId, Entry>,
  users: ReadonlySet<string>,
  path: string,
  problems: Problems,
): ReadonlyMap<UserId, ReadonlySet<GroupId>> => {
  const state = new Map<GroupId, Visit>()
  const closure = new Map<GroupId, ReadonlySet<UserId>>()
  const open = (groupId: GroupId, entry: Entry): Frame => {
    state.set(groupId, 'open')
    const at = `${path}[${entry.index}]`
    const members = new Set<UserId>((entry.group.users ?? []).filter((user, i) => checkRef(users, user, `${at}.users[${i}]`, 'user', problems)).map(id.user))
    return { groupId, at, includes: entry.group.groups ?? [], members, next: 0 }
  }
  // Depth first without recursion (a chain of ten thousand groups is no stack overflow): a frame per
  // open group, its members merged into its includer's when it closes.
  const visit = (root: GroupId): ReadonlySet<UserId> => {
    const entry = inputs.get(root)
    if (closure.has(root) || entry === undefined) return closure.get(root) ?? new Set()
    const stack: Frame[] = [open(root, entry)]
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
      if (frame.next === frame.includes.length) {
        state.set(frame.groupId, 'done')
        closure.set(frame.groupId, frame.members)
        stack.pop()
        const includer = stack.at(-1)
        if (includer !== undefined) for (const user of frame.members) includer.members.add(user)
        continue
      }
      const i = frame.next++
      const included = frame.includes[i] as string
      const child = id.group(included)
      const childEntry = inputs.get(child)
      if (!checkRef(inputs, included, `${frame.at}.groups[${i}]`, 'group', problems) || childEntry === undefined) continue
      if (state.get(child) === 'open') {
        problems.report('cycle', `${frame.at}.groups[${i}]`, `group '${frame.groupId}' includes '${included}', which includes it back`)
        continue
      }
      const done = closure.get(child)
      if (done === undefined) stack.push(open(child, childEntry))
      else for (const user of done) frame.members.add(user)
    }
    return closure.get(root) ?? new Set()
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
