/**
 * A shallow copy of an object without the given keys, typed as such.
 *
 * @example
 * ```ts
 * omit({ a: 1, b: 2 }, ['b']) // { a: 1 }
 * ```
 */
// @ts-nocheck

export const omit = <T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as K))) as Omit<T, K>
