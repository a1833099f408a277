import * as t from 'io-ts'

/**
 * A non-empty string: every id on the wire.
 *
 * @example
 * ```ts
 * idC.is('ana') // true
 * idC.is('') // false
 * ```
 */
export const idC = new t.Type<string, string, unknown>(
  'id',
  (u): u is string => typeof u === 'string' && u.length > 0,
  (u, c) => (typeof u === 'string' && u.length > 0 ? t.success(u) : t.failure(u, c, 'expected an id (a non-empty string)')),
  t.identity,
)

/**
 * A branded id: a non-empty string typed as the brand.
 *
 * @example
 * ```ts
 * const userIdC = brandedIdC<UserId>()
 * userIdC.decode('ana') // Right('ana' as UserId)
 * ```
 */
export const brandedIdC = <I extends string>(): t.Type<I, string> => idC as unknown as t.Type<I, string>

/**
 * One of the given string literals.
 *
 * @example
 * ```ts
 * const channelC = oneOf('channel', ['administration', 'model'])
 * channelC.is('model') // true
 * ```
 */
export const oneOf = <const L extends string>(name: string, values: readonly L[]): t.Type<L, L> => {
  const allowed = new Set<string>(values)
  return new t.Type<L, L, unknown>(
    name,
    (u): u is L => typeof u === 'string' && allowed.has(u),
    (u, c) => (typeof u === 'string' && allowed.has(u) ? t.success(u as L) : t.failure(u, c, `expected one of ${values.join(', ')}`)),
    t.identity,
  )
}

/**
 * A record with string keys, decoded into an object without a prototype, so that keys such as
 * `__proto__`, `constructor` or `toString` are ordinary keys.
 *
 * @example
 * ```ts
 * recordOf('items', t.string).decode(JSON.parse('{"__proto__": "emea"}')) // Right: '__proto__' is an ordinary key
 * ```
 */
export const recordOf = <C extends t.Mixed>(name: string, codomain: C): t.Type<Readonly<Record<string, t.TypeOf<C>>>, Readonly<Record<string, t.TypeOf<C>>>> =>
  new t.Type(
    name,
    (u): u is Record<string, t.TypeOf<C>> => typeof u === 'object' && u !== null && !Array.isArray(u) && Object.values(u).every(codomain.is),
    (u, c) => {
      if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, `expected ${name} (an object)`)
      const out = Object.create(null) as Record<string, t.TypeOf<C>>
      const errors: t.ValidationError[] = []
      for (const [key, value] of Object.entries(u)) {
        const result = codomain.validate(value, t.appendContext(c, key, codomain, value))
        if (result._tag === 'Left') errors.push(...result.left)
        else out[key] = result.right as t.TypeOf<C>
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out)
    },
    t.identity,
  )

/**
 * A read-only array, always decoded into a fresh array: compile freezes what it decodes, and must never
 * freeze (or otherwise touch) an array the caller still owns (I2).
 *
 * @example
 * ```ts
 * const owned = ['a', 'b']
 * listOf(idC).decode(owned) // Right(['a', 'b']), a fresh array: `owned` is never frozen
 * ```
 */
export const listOf = <C extends t.Mixed>(codec: C): t.Type<readonly t.TypeOf<C>[], readonly t.OutputOf<C>[]> => {
  const base = t.readonlyArray(codec)
  return new t.Type(
    base.name,
    base.is,
    (u, c) => {
      const result = base.validate(u, c)
      return result._tag === 'Left' ? result : t.success([...result.right])
    },
    base.encode,
  )
}

/**
 * Access levels on the wire.
 *
 * @example
 * ```ts
 * accessC.is('write') // true
 * ```
 */
export const accessC = oneOf('access', ['none', 'read', 'write'])
/**
 * A granted access level (not `none`).
 *
 * @example
 * ```ts
 * grantedAccessC.is('none') // false
 * ```
 */
export const grantedAccessC = oneOf('granted access', ['read', 'write'])
