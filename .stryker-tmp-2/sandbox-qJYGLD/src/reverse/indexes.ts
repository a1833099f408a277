// @ts-nocheck
import type { ListId, UserId } from '../domain/ids.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import type { ListRecord, ModelRecord } from '../snapshot/tenant/types.js'
import { usersOf, type Section } from './subjects.js'

/**
 * The users of one section, by position.
 *
 * @example
 * ```ts
 * const { ids, positions } = indexes.users('tenant')
 * ```
 */
export interface UserIndex {
  readonly ids: readonly UserId[]
  readonly positions: ReadonlyMap<UserId, number>
}

/**
 * What a reverse question needs about one model, from grants and items to users.
 *
 * @example
 * ```ts
 * const index: ModelIndex = indexes.model(model)
 * index.holders(list, 17) // the users with an explicit selective-access grant on item 17
 * ```
 */
export interface ModelIndex {
  /** Users who may be granted anything in the model: those assigned a role, and its workspace's administrators. */
  readonly reach: readonly UserId[]
  /** The administrators of the model's workspace. */
  readonly admins: ReadonlySet<UserId>
  /** The users with an explicit selective-access grant above none on this item of the list (not its ancestors). */
  readonly holders: (list: ListRecord, index: number) => readonly UserId[]
}

/**
 * Every index the reverse questions read, built from the compiled world on first use and kept by the
 * bound function (the world never changes under it). All index building lives in this file: it is the
 * one place that reads the compiled records of grants, assignments and memberships for the reverse
 * direction.
 *
 * @example
 * ```ts
 * const indexes = reverseIndexes(snapshot)
 * indexes.privileged().has(id.user('ana')) // ana holds an administration role or administers a workspace
 * ```
 */
export interface ReverseIndexes {
  readonly users: (section: Section) => UserIndex
  /** Tenant users holding an administration role, RIU workspaces, or the administration of a workspace. */
  readonly privileged: () => ReadonlySet<UserId>
  readonly model: (model: ModelRecord) => ModelIndex
}

const once = <K, V>(build: (key: K) => V): ((key: K) => V) => {
  const built = new Map<K, V>()
  return (key) => {
    const known = built.get(key)
    if (known !== undefined) return known
    const value = build(key)
    built.set(key, value)
    return value
  }
}

const userIndex = (world: Snapshot, section: Section): UserIndex => {
  const ids = usersOf(world, section)
  return { ids, positions: new Map(ids.map((user, position) => [user, position])) }
}

const privilegedUsers = (world: Snapshot): ReadonlySet<UserId> => {
  const tenant = world.tenant
  const found = new Set<UserId>()
  if (tenant === undefined) return found
  for (const user of tenant.users.values()) if (user.roles.size > 0 || user.riuWorkspaces.size > 0) found.add(user.id)
  for (const user of tenant.tenantAdmins) found.add(user)
  for (const workspace of tenant.workspaces.values()) for (const [user, membership] of workspace.members) if (membership.admin) found.add(user)
  return found
}

/** Item number to holders, per list: built from each user's grants, one pass over them. */
const grantHolders = (model: ModelRecord): ReadonlyMap<ListId, ReadonlyMap<number, readonly UserId[]>> => {
  const byList = new Map<ListId, Map<number, UserId[]>>()
  for (const [user, grants] of model.selectiveAccess)
    for (const [listId, items] of grants) {
      const list = model.lists.get(listId)
      if (list === undefined) continue
      let byItem = byList.get(listId)
      if (byItem === undefined) byList.set(listId, (byItem = new Map<number, UserId[]>()))
      for (const [item, rank] of items) {
        const index = rank > 0 ? list.items.get(item) : undefined
        if (index === undefined) continue
        const holders = byItem.get(index)
        if (holders === undefined) byItem.set(index, [user])
        else holders.push(user)
      }
    }
  return byList
}

const none: readonly UserId[] = []

const modelIndex = (world: Snapshot, model: ModelRecord): ModelIndex => {
  const members = world.tenant?.workspaces.get(model.workspace)?.members
  const admins = new Set<UserId>()
  for (const [user, membership] of members ?? []) if (membership.admin) admins.add(user)
  const reach = new Set<UserId>(model.assignments.keys())
  for (const user of admins) reach.add(user)
  const holders = grantHolders(model)
  return { reach: [...reach], admins, holders: (list, index) => holders.get(list.id)?.get(index) ?? none }
}

/**
 * Builds the {@link ReverseIndexes} of a compiled world: each part on first use.
 *
 * @example
 * ```ts
 * const indexes = reverseIndexes(snapshotOf(world))
 * ```
 */
export const reverseIndexes = (world: Snapshot): ReverseIndexes => {
  let privileged: ReadonlySet<UserId> | undefined
  return {
    users: once((section: Section) => userIndex(world, section)),
    privileged: () => (privileged ??= privilegedUsers(world)),
    model: once((model: ModelRecord) => modelIndex(world, model)),
  }
}

/**
 * The holders of a grant that reaches an item: on the item itself or on any of its ancestors in the
 * parent lists (F45c). One array per level of the chain, item first.
 *
 * @example
 * ```ts
 * chainHolders(model, index, costCentres, 17).flat() // everyone whose grant covers item 17
 * ```
 */
export const chainHolders = (model: ModelRecord, index: ModelIndex, list: ListRecord, item: number): readonly (readonly UserId[])[] => {
  const levels: (readonly UserId[])[] = []
  let at: ListRecord | undefined = list
  let position = item
  while (at !== undefined && position >= 0) {
    levels.push(index.holders(at, position))
    position = at.parents[position] ?? -1
    at = at.parent === undefined ? undefined : model.lists.get(at.parent)
  }
  return levels
}
