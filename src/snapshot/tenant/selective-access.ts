import type { ItemId, ListId, UserId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef } from '../index-by-id.js'
import type { InternalAliasInput, SelectiveAccessInput } from '../input/tenant.js'
import { accessRank } from './access-rank.js'
import type { AccessRank, ListRecord, SelectiveAccessGrants } from './types.js'

type Grants = Map<ListId, Map<ItemId, AccessRank>>

/**
 * Adds one explicit grant, checking its references. A grant on a list without selective access is
 * reported: it could never take effect, and dropping it silently would hide a mistake. Two grants on
 * one item keep the higher (I5).
 */
const addGrant = (
  into: Grants,
  grant: Omit<SelectiveAccessInput, 'user'>,
  at: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  problems: Problems,
): void => {
  const list = lists.get(grant.list as ListId)
  if (!checkRef(lists, grant.list, `${at}.list`, 'list', problems) || list === undefined) return
  if (!checkRef(list.items, grant.item, `${at}.item`, `item of list '${grant.list}'`, problems)) return
  if (!list.selectiveAccess) {
    problems.report('invalid_value', `${at}.list`, `list '${grant.list}' does not have selective access enabled`)
    return
  }
  const items = into.get(list.id) ?? new Map<ItemId, AccessRank>()
  const item = grant.item as ItemId
  items.set(item, Math.max(items.get(item) ?? 0, accessRank(grant.level)) as AccessRank)
  into.set(list.id, items)
}

/** Explicit selective-access grants of every user of a model, by user, list and item. */
export const userGrants = (
  inputs: readonly SelectiveAccessInput[],
  path: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  users: ReadonlyMap<string, unknown>,
  problems: Problems,
): ReadonlyMap<UserId, SelectiveAccessGrants> => {
  const byUser = new Map<UserId, Grants>()
  inputs.forEach((grant, index) => {
    const at = `${path}[${index}]`
    if (!checkRef(users, grant.user, `${at}.user`, 'user', problems)) return
    const grants: Grants = byUser.get(grant.user as UserId) ?? new Map<ListId, Map<ItemId, AccessRank>>()
    addGrant(grants, grant, at, lists, problems)
    byUser.set(grant.user as UserId, grants)
  })
  return byUser
}

/** The alias's grants, or undefined when the model has no alias entry (A33). */
export const aliasGrants = (
  input: InternalAliasInput | undefined,
  path: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  problems: Problems,
): SelectiveAccessGrants | undefined => {
  if (input === undefined) return undefined
  const grants: Grants = new Map()
  ;(input.selectiveAccess ?? []).forEach((grant, index) =>
    addGrant(grants, grant, `${path}.selectiveAccess[${index}]`, lists, problems),
  )
  return grants
}
