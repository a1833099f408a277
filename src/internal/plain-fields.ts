/**
 * Tests of plain fields as the codecs read them, without their generic walk: for the codecs' own leaves
 * and quick checks, the hot path that checks a cell request by hand (`cellRequest`) and compile's checks
 * of grants.
 */

/**
 * Whether a value is an id as the codecs read one: a non-empty string.
 *
 * @example
 * ```ts
 * isId('ana') // true
 * isId('') // false
 * ```
 */
export const isId = (u: unknown): u is string => typeof u === 'string' && u.length > 0

/**
 * Whether a value is an object the codecs read as a struct: not null, not an array.
 *
 * @example
 * ```ts
 * isObject({}) // true
 * isObject([]) // false
 * ```
 */
export const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * Whether an object's enumerable keys are exactly the `count` names given, each its own, as the codecs
 * require of a struct's fields (`codecs.subject` and the others reject an unknown key and a missing or
 * inherited field, whatever the prototype). One for-in loop and direct comparisons: the own-property
 * test of a key the loop yields is compiled to a check of the object's hidden class, so that nothing is
 * allocated or looked up. Unused names are `''`, which no key the loop yields can equal here (an empty
 * key is not among the names counted).
 *
 * @example
 * ```ts
 * hasExactly({ kind: 'user', id: 'ana' }, 2, 'kind', 'id') // true
 * hasExactly({ kind: 'user', id: 'ana', admin: true }, 2, 'kind', 'id') // false
 * ```
 */
export const hasExactly = (u: object, count: number, a: string, b: string, c = '', d = '', e = '', f = ''): boolean => {
  let seen = 0
  for (const key in u) {
    if (key === '' || (key !== a && key !== b && key !== c && key !== d && key !== e && key !== f) || !Object.prototype.hasOwnProperty.call(u, key)) return false
    seen++
  }
  return seen === count
}
