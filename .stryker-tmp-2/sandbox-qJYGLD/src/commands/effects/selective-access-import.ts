// @ts-nocheck
import { reason } from '../../decision/reason.js'
import type { ItemId, ListId, UserId } from '../../domain/ids.js'
import { withEntry, withoutEntry } from '../../snapshot/persistent/patched-map.js'
import { accessRank } from '../../snapshot/tenant/access-rank.js'
import type { AccessRank, ModelRecord, SelectiveAccessGrants, TenantSnapshot } from '../../snapshot/tenant/types.js'
import type { SelectiveAccessImportCommand, SelectiveAccessRow } from '../command.js'
import { putModelAccess } from '../edit.js'
import { foldRows, type RowStep, type RowsResult } from './rows.js'

const noGrants: SelectiveAccessGrants = new Map()

/** The user's grants with one item raised to at least `rank` (additive, F46). */
const raise = (grants: SelectiveAccessGrants, list: ListId, item: ItemId, rank: AccessRank): SelectiveAccessGrants => {
  const items = grants.get(list) ?? new Map<ItemId, AccessRank>()
  const kept = items.get(item) ?? 0
  return kept >= rank ? grants : withEntry(grants, list, withEntry(items, item, rank))
}

/** Every user's grants on one list removed (the clear of clear-then-load). */
const clearList = (tenant: TenantSnapshot, model: ModelRecord, list: ListId): TenantSnapshot =>
  [...model.selectiveAccess].reduce<TenantSnapshot>(
    (next, [user, grants]) => (grants.has(list) ? putModelAccess(next, model.id, user, { grants: withoutEntry(grants, list) }) : next),
    tenant,
  )

const row = (tenant: TenantSnapshot, model: ModelRecord, list: ListId, entry: SelectiveAccessRow): RowStep => {
  if (!tenant.users.has(entry.user)) return { tag: 'rejected', reasons: [reason('request.unknown_id', { kind: 'user', id: entry.user })] }
  if (model.lists.get(list)?.items.has(entry.item) !== true)
    return { tag: 'rejected', reasons: [reason('request.unknown_id', { kind: 'item', id: entry.item })] }
  const user: UserId = entry.user
  const grants = tenant.models.get(model.id)?.selectiveAccess.get(user) ?? noGrants
  const next = entry.level === 'none' ? withoutEntry(grants, list) : raise(grants, list, entry.item, accessRank(entry.level))
  return { tag: 'applied', tenant: putModelAccess(tenant, model.id, user, { grants: next }), reasons: [] }
}

/**
 * F46, F75: a selective-access import into one list. Additive: each row raises the user's grant on its
 * item and keeps every other grant; a `none` row removes the user's grants on the list. Clear-then-load
 * first removes every user's grants on the list. Rows naming unknown users or items are rejected one
 * by one.
 *
 * @example
 * ```ts
 * importSelectiveAccess(tenant, command)
 * ```
 */
export const importSelectiveAccess = (tenant: TenantSnapshot, command: SelectiveAccessImportCommand): RowsResult | undefined => {
  const resource = command.resource
  if (resource.kind !== 'list') return undefined
  const model = tenant.models.get(resource.model)
  if (model?.lists.has(resource.list) !== true) return undefined
  const start = command.action.mode === 'clearThenLoad' ? clearList(tenant, model, resource.list) : tenant
  return foldRows(start, command.rows, (current, entry) => row(current, model, resource.list, entry))
}
