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
 * const itemLevels = derivation((list: ListRecord) => new Int8Array(list.items.size).fill(-1))
 * ```
 */
export const derivation = <O extends object, V>(derive: (owner: O, key: string, world: Snapshot) => V): Derivation<O, V> => ({ slot: declared++, derive })

/**
 * What a bound decider remembers between requests. `get` returns the value of a derivation for an
 * owner and a key, deriving it on first use; a value may be a table the rule fills in later (a typed
 * array, counted by its bytes). Bounded: when the values held pass the budget, all are forgotten.
 *
 * @example
 * ```ts
 * const levels = context.memo.get(itemLevels, list, user) // one Int8Array per list and user
 * ```
 */
export interface Memo {
  readonly get: <O extends object, V>(derivation: Derivation<O, V>, owner: O, key: string) => V
}

/** What one remembered value counts against the budget: a table its bytes, anything else a small object's. */
const costOf = (value: unknown): number => (ArrayBuffer.isView(value) ? value.byteLength : 64)

/**
 * The default budget of a decider's memo: 32 MiB of tables, or about half a million small values.
 *
 * @example
 * ```ts
 * decideWith(defaultPolicy, { memoBudget: defaultMemoBudget / 4 })
 * ```
 */
export const defaultMemoBudget = 32 * 2 ** 20

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

/**
 * A fresh memo over one world, forgetting everything when it holds more than `budget` bytes (each
 * small value counting 64).
 *
 * @example
 * ```ts
 * const remembered = memo(world, 1 << 20)
 * remembered.get(itemLevels, list, 'ana').length === list.items.size
 * ```
 */
export const memo = (world: Snapshot, budget: number = defaultMemoBudget): Memo => {
  let stores: (Store | undefined)[] = []
  let held = 0
  const derive = (derivation: Derivation<object, unknown>, owner: object, key: string): unknown => {
    const value = derivation.derive(owner, key, world)
    held += costOf(value)
    if (held > budget) {
      stores = []
      held = costOf(value)
    }
    let store = stores[derivation.slot]
    if (store === undefined) stores[derivation.slot] = store = emptyStore()
    const byKey = store.byOwner.get(owner)
    if (byKey === undefined) store.byOwner.set(owner, new Map([[key, value]]))
    else byKey.set(key, value)
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
