// @ts-nocheck
import type { ConnectionId, IntegrationId, ItemId, ListId, ModelId, ModuleId, UserId } from '../domain/ids.js'

/**
 * Which cells of a user's slices a change may reach beyond their ceiling:
 * - `none`: no layer that depends on a cell's items changes (selective access, drivers), only the
 *   ceiling (role, membership, account) may;
 * - `items`: only cells through these items of this list (or items below them, F45c) may change, and
 *   the ceiling may not;
 * - `all`: any cell may.
 *
 * @example
 * ```ts
 * const reach: CellReach = { tag: 'items', list: id.list('cost-centre'), items: new Set([id.item('cc-berlin')]) }
 * ```
 */
export type CellReach =
  | { readonly tag: 'none' }
  | { readonly tag: 'items'; readonly list: ListId; readonly items: ReadonlySet<ItemId> }
  | { readonly tag: 'all' }

/**
 * What a change may reach for one user in one model: the modules (`all`, or some), and the cells.
 *
 * @example
 * ```ts
 * const reach: Reach = { modules: 'all', cells: { tag: 'none' } }
 * ```
 */
export interface Reach {
  readonly modules: 'all' | ReadonlySet<ModuleId>
  readonly cells: CellReach
}

/**
 * What `impact` compares: `everything` (every user, model, integration, connection and the account,
 * the exact brute force), or the parts a change can reach.
 *
 * @example
 * ```ts
 * const oneGrant: Scope = { ...noScope, reach: new Map([[id.model('plan'), new Map([[id.user('ana'), reach]])]]) }
 * ```
 */
export interface Scope {
  readonly everything: boolean
  /** Users whose administration roles, acts and workspace memberships may change. */
  readonly people: ReadonlySet<UserId>
  /** Per model, the users whose standing in it may change, and how far. */
  readonly reach: ReadonlyMap<ModelId, ReadonlyMap<UserId, Reach>>
  readonly integrations: 'all' | ReadonlySet<IntegrationId>
  /** Workplace connections whose members' roles may change; `all` includes projects. */
  readonly connections: 'all' | ReadonlySet<ConnectionId>
  readonly account: boolean
}

/**
 * The scope of a change that changes nothing.
 *
 * @example
 * ```ts
 * const scope: Scope = { ...noScope, integrations: new Set([id.integration('nightly')]) }
 * ```
 */
export const noScope: Scope = {
  everything: false,
  people: new Set(),
  reach: new Map(),
  integrations: new Set(),
  connections: new Set(),
  account: false,
}

/**
 * Everything: the exact brute force, for changes no rule scopes.
 *
 * @example
 * ```ts
 * impact(before, after, { scope: everything })
 * ```
 */
export const everything: Scope = { ...noScope, everything: true }

const unionSets = <T>(a: 'all' | ReadonlySet<T>, b: 'all' | ReadonlySet<T>): 'all' | ReadonlySet<T> =>
  a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b])

const unionCells = (a: CellReach, b: CellReach): CellReach => {
  if (a.tag === 'none') return b
  if (b.tag === 'none') return a
  if (a.tag === 'items' && b.tag === 'items' && a.list === b.list) return { tag: 'items', list: a.list, items: new Set([...a.items, ...b.items]) }
  return { tag: 'all' }
}

/**
 * The union of two reaches.
 *
 * @example
 * ```ts
 * unionReach({ modules: 'all', cells: { tag: 'none' } }, { modules: 'all', cells: { tag: 'all' } }).cells.tag // 'all'
 * ```
 */
export const unionReach = (a: Reach, b: Reach): Reach => ({ modules: unionSets(a.modules, b.modules), cells: unionCells(a.cells, b.cells) })

const isEmpty = (scope: Scope): boolean =>
  !scope.everything &&
  !scope.account &&
  scope.people.size === 0 &&
  scope.reach.size === 0 &&
  scope.integrations !== 'all' &&
  scope.integrations.size === 0 &&
  scope.connections !== 'all' &&
  scope.connections.size === 0

/**
 * The union of two scopes.
 *
 * @example
 * ```ts
 * const both = unionScope(scopeOfA, scopeOfB)
 * ```
 */
export const unionScope = (a: Scope, b: Scope): Scope => {
  if (isEmpty(a)) return b
  if (isEmpty(b)) return a
  const reach = new Map<ModelId, Map<UserId, Reach>>()
  for (const scope of [a, b])
    for (const [model, users] of scope.reach) {
      const into = reach.get(model) ?? new Map<UserId, Reach>()
      for (const [user, r] of users) {
        const had = into.get(user)
        into.set(user, had === undefined ? r : unionReach(had, r))
      }
      reach.set(model, into)
    }
  return {
    everything: a.everything || b.everything,
    people: new Set([...a.people, ...b.people]),
    reach,
    integrations: unionSets(a.integrations, b.integrations),
    connections: unionSets(a.connections, b.connections),
    account: a.account || b.account,
  }
}

/**
 * A scope reaching some users in some models.
 *
 * @example
 * ```ts
 * reaching([id.model('plan')], [id.user('ana')], { modules: 'all', cells: { tag: 'none' } })
 * ```
 */
export const reaching = (models: Iterable<ModelId>, users: Iterable<UserId>, reach: Reach): Scope => {
  const who = [...users]
  return { ...noScope, reach: new Map([...models].map((model) => [model, new Map(who.map((user) => [user, reach]))])) }
}
