import type { ItemId, ListId, UserId } from '../../domain/ids.js'
import { lock } from '../../internal/deep-freeze.js'
import { isId } from '../../internal/plain-fields.js'
import type { Problems } from '../errors.js'
import { dangling } from '../index-by-id.js'
import type { InternalAliasInput, SelectiveAccessInput } from '../input/tenant.js'
import { accessRank } from './access-rank.js'
import type { AccessRank, ListRecord, SelectiveAccessGrants } from './types.js'

type Grants = Map<ListId, Map<ItemId, AccessRank>>

/**
 * Whether a grant whose user, list or item was not found names each with an id; if not, reports it as
 * `invalid_input` (compile then reports the decoder's errors): `compile` checks a grant's ids here,
 * where a found id needs no check (every key of the compiled records is one), rather than reading each
 * of a million strings once more beforehand.
 */
const idsOk = (grant: Omit<SelectiveAccessInput, 'user'>, path: string, index: number, problems: Problems): boolean => {
  // An alias grant has no user (and its ids are checked by the codec).
  const ok = (!Object.hasOwn(grant, 'user') || isId(Reflect.get(grant, 'user'))) && isId(grant.list) && isId(grant.item)
  if (!ok) problems.report('invalid_input', `${path}[${index}]`, 'expected ids for user, list and item')
  return ok
}

/**
 * Adds one explicit grant, checking its references. A grant on a list without selective access is
 * reported: it could never take effect, and dropping it silently would hide a mistake. Two grants on
 * one item keep the higher (I5).
 */
const addGrant = (
  into: Grants,
  grant: Omit<SelectiveAccessInput, 'user'>,
  path: string,
  index: number,
  lists: ReadonlyMap<ListId, ListRecord>,
  problems: Problems,
): void => {
  const list = lists.get(grant.list as ListId)
  if (list === undefined) {
    if (idsOk(grant, path, index, problems)) dangling(grant.list, `${path}[${index}].list`, 'list', problems)
    return
  }
  if (!list.items.has(grant.item as ItemId)) {
    if (idsOk(grant, path, index, problems)) dangling(grant.item, `${path}[${index}].item`, `item of list '${grant.list}'`, problems)
    return
  }
  if (!list.selectiveAccess) {
    problems.report('invalid_value', `${path}[${index}].list`, `list '${grant.list}' does not have selective access enabled`)
    return
  }
  const items = into.get(list.id)
  const item = grant.item as ItemId
  const rank = accessRank(grant.level)
  if (items === undefined) into.set(list.id, new Map<ItemId, AccessRank>().set(item, rank))
  else items.set(item, Math.max(items.get(item) ?? 0, rank) as AccessRank)
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
  // Grants come grouped by user as a rule: a run of one user's grants looks the user up once.
  let runOf: string | undefined
  let run: Grants | undefined
  for (let index = 0; index < inputs.length; index++) {
    const grant = inputs[index]
    if (grant === undefined) continue
    if (run === undefined || grant.user !== runOf) {
      if (!users.has(grant.user)) {
        if (idsOk(grant, path, index, problems)) dangling(grant.user, `${path}[${index}].user`, 'user', problems)
        continue
      }
      const known = byUser.get(grant.user as UserId)
      run = known ?? new Map<ListId, Map<ItemId, AccessRank>>()
      if (known === undefined) byUser.set(grant.user as UserId, run)
      runOf = grant.user
    }
    addGrant(run, grant, path, index, lists, problems)
  }
  for (const grants of byUser.values()) lockGrants(grants)
  return lock(byUser)
}

/** Locks one identity's grants, built: ranks are numbers, so nothing inside needs a walk. */
const lockGrants = (grants: Grants): SelectiveAccessGrants => {
  for (const items of grants.values()) lock(items)
  return lock(grants)
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
    addGrant(grants, grant, `${path}.selectiveAccess`, index, lists, problems),
  )
  return lockGrants(grants)
}
