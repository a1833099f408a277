/**
 * Freezes a value and everything reachable from it, Maps and Sets included (their mutators throw
 * afterwards). Compile freezes the snapshot once; tests freeze their inputs.
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
    for (const [key, entry] of value) {
      deepFreeze(key)
      deepFreeze(entry)
    }
    lock(value, ['set', 'delete', 'clear'])
  } else if (value instanceof Set) {
    for (const entry of value) deepFreeze(entry)
    lock(value, ['add', 'delete', 'clear'])
  }
  Object.freeze(value)
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key])
  return value
}

const lock = (collection: object, methods: readonly string[]): void => {
  for (const method of methods)
    Object.defineProperty(collection, method, {
      value: () => {
        throw new TypeError(`frozen ${collection.constructor.name}: ${method} is not allowed`)
      },
    })
}
