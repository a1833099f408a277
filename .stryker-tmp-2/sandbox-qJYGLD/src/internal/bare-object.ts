/**
 * An object without a prototype that V8 still stores in fast mode (`Object.create(null)` starts in
 * dictionary mode, several times larger): records of a million entries stay small, and keys such as
 * `__proto__` are ordinary keys.
 *
 * @example
 * ```ts
 * const items = bareObject<string>()
 * items['__proto__'] = 'emea' // an ordinary key
 * ```
 */
// @ts-nocheck

export const bareObject = <V>(): Record<string, V> => Object.setPrototypeOf({}, null) as Record<string, V>
