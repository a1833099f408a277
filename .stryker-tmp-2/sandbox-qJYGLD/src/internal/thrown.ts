/**
 * What a thrown value says, as a string, whatever it is: an `Error`'s message, else its string form,
 * else a fixed phrase. It never throws itself, not even for a null-prototype object, an object whose
 * `toString` or `message` throws, or a revoked proxy.
 *
 * @example
 * ```ts
 * thrownMessage(new Error('boom')) // 'boom'
 * thrownMessage(Object.create(null)) // 'a value that cannot be described'
 * ```
 */
// @ts-nocheck

export const thrownMessage = (thrown: unknown): string => {
  try {
    if (thrown instanceof Error && typeof thrown.message === 'string') return thrown.message
    const text = String(thrown)
    if (typeof text === 'string') return text
  } catch {
    // A value whose accessors or conversion throw: described below.
  }
  return 'a value that cannot be described'
}
