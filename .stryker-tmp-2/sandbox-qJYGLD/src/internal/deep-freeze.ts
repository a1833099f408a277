/**
 * A prototype for frozen collections: the mutators throw. Every frozen Map (or Set) shares it, so
 * freezing adds no property and no closure to each collection.
 */
// @ts-nocheck

const lockedPrototype = (base: object, methods: readonly string[]): object =>
  Object.freeze(
    Object.create(
      base,
      Object.fromEntries(
        methods.map((method) => [
          method,
          {
            value: function (this: object): never {
              throw new TypeError(`frozen ${this.constructor.name}: ${method} is not allowed`)
            },
          },
        ]),
      ),
    ) as object,
  )

const frozenMap = lockedPrototype(Map.prototype, ['set', 'delete', 'clear'])
const frozenSet = lockedPrototype(Set.prototype, ['add', 'delete', 'clear'])

const freezeEach = (values: Iterable<unknown>): void => {
  for (const value of values) if (typeof value === 'object' && value !== null) deepFreeze(value)
}

/**
 * Freezes a Map or Set the way {@link deepFreeze} does (its mutators throw afterwards) without walking
 * it: for a collection built of frozen values (or primitives) only, locked as the last step of
 * building it, so that a million-entry index is not walked a second time to freeze it.
 *
 * @example
 * ```ts
 * const items = lock(new Map([['emea', Object.freeze({ id: 'emea' })]]))
 * items.set('apac', { id: 'apac' }) // throws
 * ```
 */
export const lock = <C extends Map<unknown, unknown> | Set<unknown>>(collection: C): C => {
  Object.setPrototypeOf(collection, collection instanceof Map ? frozenMap : frozenSet)
  return Object.freeze(collection)
}

/**
 * Freezes a value and everything reachable from it, Maps and Sets included (their mutators throw
 * afterwards). Compile freezes the snapshot once; tests freeze their inputs. Arrays are walked by index
 * and collections by iteration, so freezing a world of millions of items allocates almost nothing.
 *
 * @example
 * ```ts
 * const frozen = deepFreeze({ users: new Map([['ana', { id: 'ana' }]]) })
 * frozen.users.set('bo', { id: 'bo' }) // throws
 * ```
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  if (value instanceof Map) {
    lock(value)
    freezeEach(value.keys())
    freezeEach(value.values())
    return value
  }
  if (value instanceof Set) {
    lock(value)
    freezeEach(value.values())
    return value
  }
  Object.freeze(value)
  if (Array.isArray(value)) {
    freezeEach(value)
    return value
  }
  for (const key of Reflect.ownKeys(value)) {
    const field = (value as Record<PropertyKey, unknown>)[key]
    if (typeof field === 'object' && field !== null) deepFreeze(field)
  }
  return value
}
