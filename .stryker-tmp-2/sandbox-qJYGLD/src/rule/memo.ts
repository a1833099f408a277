// @ts-nocheck
import type { Snapshot } from '../snapshot/snapshot.js'

/**
 * Something a rule derives from the world for an owner (a record of the world: a model, a list, a
 * role) and a key (an id), once per bound decider. `derive` must be pure: the world never changes, so
 * a value derived once serves every later request, and a forgotten one is derived again, the same.
 *
 * @example
 * ```ts
 * const roleOfUser: Derivation<ModelRecord, RoleId | undefined> = derivation((model, user) => model.assignments.get(user as UserId))
 * ```
 */
export interface Derivation<O extends object, V> {
  /** Its place in every memo, given when declared. */
  readonly slot: number
  readonly derive: (owner: O, key: string, world: Snapshot) => V
}

/** How many derivations are declared: the next one's slot. */
let declared = 0

/**
 * Declares a {@link Derivation}, once, at module level: its identity names it in every memo.
 *
 * @example
 * ```ts
 * const roleOfUser = derivation((model: ModelRecord, user: string) => model.assignments.get(user as UserId))
 * ```
 */
export const derivation = <O extends object, V>(derive: (owner: O, key: string, world: Snapshot) => V): Derivation<O, V> => ({ slot: declared++, derive })

/**
 * What a bound decider remembers between requests. `get` returns the value of a derivation for an
 * owner and a key, deriving it on first use; a value may be a table the rule fills in later (a typed
 * array, counted by its bytes; any value with a numeric `byteLength` counts that). Bounded: when the values held pass the budget, the oldest are
 * forgotten, one by one, until they fit again (the latest is always kept).
 *
 * @example
 * ```ts
 * const standing = context.memo.get(standingOf, model, user) // derived on the user's first request
 * ```
 */
export interface Memo {
  readonly get: <O extends object, V>(derivation: Derivation<O, V>, owner: O, key: string) => V
}

/** What remembering a value costs beside the value: its place in its store and in the eviction order. */
const entryCost = 100

/**
 * What one remembered value counts against the budget: a table (or any value with a numeric
 * `byteLength`) its bytes, anything else a small object's 64, plus {@link entryCost}.
 */
const costOf = (value: unknown): number => {
  const bytes: unknown = typeof value === 'object' && value !== null ? (value as { byteLength?: unknown }).byteLength : undefined
  return entryCost + (typeof bytes === 'number' ? bytes : 64)
}

/**
 * The default budget of a decider's memo: 64 MiB, about what 100,000 users' standing, account status
 * and selective-access grants take (a few hundred bytes a user).
 *
 * @example
 * ```ts
 * decideWith(defaultPolicy, { memoBudget: defaultMemoBudget / 4 })
 * ```
 */
export const defaultMemoBudget = 64 * 2 ** 20

/**
 * The values of one derivation, by owner then by key, with its two latest answers at hand: a request
 * asks the same few things of several layers, and the next request most often asks them again.
 */
interface Store {
  readonly byOwner: Map<object, Map<string, unknown>>
  owner1: object | undefined
  key1: string | undefined
  value1: unknown
  owner2: object | undefined
  key2: string | undefined
  value2: unknown
}

const emptyStore = (): Store => ({ byOwner: new Map(), owner1: undefined, key1: undefined, value1: undefined, owner2: undefined, key2: undefined, value2: undefined })

/** Makes an answer the latest, the previous latest second. */
const keep = (store: Store, owner: object, key: string, value: unknown): unknown => {
  store.owner2 = store.owner1
  store.key2 = store.key1
  store.value2 = store.value1
  store.owner1 = owner
  store.key1 = key
  store.value1 = value
  return value
}

/** Forgets one value: its place in its store, and in the store's two latest answers. */
const forget = (store: Store, owner: object, key: string): void => {
  const byKey = store.byOwner.get(owner)
  if (byKey !== undefined && byKey.delete(key) && byKey.size === 0) store.byOwner.delete(owner)
  if (store.owner1 === owner && store.key1 === key) store.owner1 = store.key1 = store.value1 = undefined
  if (store.owner2 === owner && store.key2 === key) store.owner2 = store.key2 = store.value2 = undefined
}

/** The values held, oldest first from `head` on, as parallel arrays (no object a value). */
interface Queue {
  stores: Store[]
  owners: object[]
  keys: string[]
  costs: number[]
  head: number
}

const emptyQueue = (): Queue => ({ stores: [], owners: [], keys: [], costs: [], head: 0 })

/** Drops the forgotten part of the queue once it is most of it. */
const compact = (queue: Queue): void => {
  if (queue.head < 1024 || queue.head * 2 < queue.stores.length) return
  queue.stores = queue.stores.slice(queue.head)
  queue.owners = queue.owners.slice(queue.head)
  queue.keys = queue.keys.slice(queue.head)
  queue.costs = queue.costs.slice(queue.head)
  queue.head = 0
}

/**
 * A fresh memo over one world, holding at most `budget` bytes (each value counting its bytes, or 64
 * for a small object, and 100 for its place): past it,
 * the values derived first are forgotten first, one at a time, so that a decider serving more users
 * than it can remember keeps the latest ones and pays one derivation per request it does not remember,
 * never a sweep of everything.
 *
 * @example
 * ```ts
 * const remembered = memo(world, 1 << 20)
 * remembered.get(lineDrivers, lineItem, model.id) // derived once, then remembered
 * ```
 */
export const memo = (world: Snapshot, budget: number = defaultMemoBudget): Memo => {
  const stores: (Store | undefined)[] = []
  const queue = emptyQueue()
  let held = 0
  const evict = (): void => {
    while (held > budget && queue.stores.length - queue.head > 1) {
      const at = queue.head++
      held -= queue.costs[at] as number
      forget(queue.stores[at] as Store, queue.owners[at] as object, queue.keys[at] as string)
      queue.owners[at] = queue.stores[at] = undefined as never
    }
    compact(queue)
  }
  const derive = (derivation: Derivation<object, unknown>, owner: object, key: string): unknown => {
    const value = derivation.derive(owner, key, world)
    let store = stores[derivation.slot]
    if (store === undefined) stores[derivation.slot] = store = emptyStore()
    const byKey = store.byOwner.get(owner)
    if (byKey === undefined) store.byOwner.set(owner, new Map([[key, value]]))
    else byKey.set(key, value)
    const cost = costOf(value)
    queue.stores.push(store)
    queue.owners.push(owner)
    queue.keys.push(key)
    queue.costs.push(cost)
    held += cost
    if (held > budget) evict()
    return keep(store, owner, key, value)
  }
  return {
    get: <O extends object, V>(derivation: Derivation<O, V>, owner: O, key: string): V => {
      const store = stores[derivation.slot]
      if (store === undefined) return derive(derivation as Derivation<object, unknown>, owner, key) as V
      if (store.owner1 === owner && store.key1 === key) return store.value1 as V
      if (store.owner2 === owner && store.key2 === key) return keep(store, owner, key, store.value2) as V
      const byKey = store.byOwner.get(owner)
      if (byKey !== undefined && byKey.has(key)) return keep(store, owner, key, byKey.get(key)) as V
      return derive(derivation as Derivation<object, unknown>, owner, key) as V
    },
  }
}
