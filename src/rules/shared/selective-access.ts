import { derivation } from '../../rule/memo.js'
import type { RuleContext } from '../../rule/rule.js'
import { chainOf, itemRanks, levelAlong, type ItemRanks } from '../../snapshot/tenant/item-ranks.js'
import type { Actor } from '../../domain/subject.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { AccessRank, ListRecord, ModelRecord, SelectiveAccessGrants, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { membershipOf } from './lookups.js'
import { standingIn } from './standing.js'

/**
 * The explicit selective-access grants of an actor in a model: a user's own, or the Internal (Full
 * Access) alias's (R13, F29). Undefined means no grant at all (I13).
 *
 * @example
 * ```ts
 * const grants = selectiveAccessGrants(model, subject.internalAlias)
 * ```
 */
export const selectiveAccessGrants = (model: ModelRecord, actor: Actor): SelectiveAccessGrants | undefined =>
  actor.kind === 'user' ? model.selectiveAccess.get(actor.id) : model.internalAlias

/**
 * Whether selective access does not limit this actor in this model: a workspace administrator of the
 * model's workspace while `workspaceAdminsBypassSelectiveAccess` is on (A2, A25–A27). Never the alias.
 *
 * @example
 * ```ts
 * bypassesSelectiveAccess(world, tenant, subject.user(id.user('wsa')), model) // true by default
 * ```
 */
export const bypassesSelectiveAccess = (world: Snapshot, tenant: TenantSnapshot, actor: Actor, model: ModelRecord): boolean =>
  actor.kind === 'user' && membershipBypasses(world, membershipOf(tenant, actor.id, model.workspace))

/**
 * Whether a user with this membership of a model's workspace (or this standing in the model) is not
 * limited by selective access: an administrator's, while `workspaceAdminsBypassSelectiveAccess` is on
 * (A2, A25–A27).
 *
 * @example
 * ```ts
 * membershipBypasses(world, standingIn(context, model, user))
 * ```
 */
export const membershipBypasses = (world: Snapshot, membership: { readonly admin: boolean } | undefined): boolean =>
  world.settings.workspaceAdminsBypassSelectiveAccess && membership?.admin === true

/**
 * The selective-access level of an item: the maximum of the explicit grant on the item and on each of
 * its ancestors in the parent lists (F45c, F45e, A18, I11). Grants flow down, never up (F45d); with no
 * grant the item is closed (F43, I13). The caller checks that the list has selective access; the
 * bypass of workspace administrators is not applied here: {@link levelAlong} over the list's chain of
 * lists (a cell's dimensions carry theirs, found once per module).
 *
 * @example
 * ```ts
 * effectiveLevel(model, itemRanks(model, grants), countryList, countryList.items.get(id.item('uk'))) // 1 when its parent 'emea' is granted Read
 * ```
 */
export const effectiveLevel = (model: ModelRecord, ranks: ItemRanks, list: ListRecord, index: number): AccessRank =>
  ranks.lists.length === 0 ? 0 : levelAlong(ranks, chainOf(model, list), index)

const aliasRanks = derivation((model: ModelRecord) => itemRanks(model, model.internalAlias))

/**
 * An actor's grants in a model by item number ({@link ItemRanks}), derived once per decider: a user's
 * own (their standing in the model: `standingIn`), or the Internal (Full Access) alias's (R13, F29).
 *
 * @example
 * ```ts
 * const level = effectiveLevel(model, ranksOf(context, model, actor), list, index)
 * ```
 */
export const ranksOf = (context: RuleContext, model: ModelRecord, actor: Actor): ItemRanks =>
  actor.kind === 'user' ? standingIn(context, model, actor.id).ranks : context.memo.get(aliasRanks, model, '')

/**
 * How many items of a list an actor can read (A40): every item for a list without selective access
 * or for an actor who bypasses it (A2, never the alias), else the items whose {@link effectiveLevel}
 * is at least Read. Used for export warnings and batch answers; it walks the list once.
 *
 * @example
 * ```ts
 * const readable = readableItemCount(world, tenant, model, subject.internalAlias, list)
 * if (readable === 0 && list.items.size > 0) console.warn('the export will be empty')
 * ```
 */
export const readableItemCount = (world: Snapshot, tenant: TenantSnapshot, model: ModelRecord, actor: Actor, list: ListRecord): number =>
  itemsAtLeast(world, tenant, model, actor, list, 1)

/**
 * How many items of a list an actor can read (`level` 1) or write (2): every item for a list without
 * selective access or for an actor who bypasses it (A2, never the alias), else the items whose
 * {@link effectiveLevel} reaches `level`. It walks the list once.
 *
 * @example
 * ```ts
 * const writable = itemsAtLeast(world, tenant, model, subject.user(id.user('rita')), list, 2)
 * ```
 */
export const itemsAtLeast = (world: Snapshot, tenant: TenantSnapshot, model: ModelRecord, actor: Actor, list: ListRecord, level: 1 | 2): number => {
  if (!list.selectiveAccess || bypassesSelectiveAccess(world, tenant, actor, model)) return list.items.size
  const ranks = itemRanks(model, selectiveAccessGrants(model, actor))
  const chain = chainOf(model, list)
  let count = 0
  for (let index = 0; index < list.ids.length; index++) if (levelAlong(ranks, chain, index) >= level) count += 1
  return count
}
