import * as t from 'io-ts'
import { bareObject } from '../internal/bare-object.js'
import { isBase64 } from '../internal/base64.js'
import { isId } from '../internal/plain-fields.js'
import { fastCodec, fastDecoderOf, fullOnly, leafCodec, rejected, result, type Mode } from './fast.js'
import { withSchema } from './json-schema.js'
import { describe } from './report.js'

/**
 * A non-empty string: every id on the wire.
 *
 * @example
 * ```ts
 * idC.is('ana') // true
 * idC.is('') // false
 * ```
 */
export const idC = withSchema(leafCodec('id', isId, 'expected an id (a non-empty string)'), () => ({
  type: 'string',
  minLength: 1,
}))

const isFiniteNumber = (u: unknown): u is number => typeof u === 'number' && Number.isFinite(u)

/**
 * A finite number: a time on the wire (a session's `issuedAt`, a grant's `grantedAt`). NaN and the
 * infinities are refused: JSON has no text for them, and a time they stood for would compare as never
 * or always fresh.
 *
 * @example
 * ```ts
 * finiteC.is(1_700_000_000_000) // true
 * finiteC.is(Number.NaN) // false
 * ```
 */
export const finiteC = withSchema(
  fastCodec<number, number>(
    'finite number',
    (u) => (isFiniteNumber(u) ? u : rejected),
    (u, c) => (isFiniteNumber(u) ? t.success(u) : t.failure(u, c, `expected a finite number, got ${describe(u)}`)),
    t.identity,
  ),
  () => ({ type: 'number' }),
)

/**
 * Base64 (RFC 4648 §4, padded): the bits of a driver given as a bitmap.
 *
 * @example
 * ```ts
 * base64C.decode('qg==')._tag // 'Right'
 * ```
 */
export const base64C = withSchema(
  leafCodec('base64', (u): u is string => typeof u === 'string' && isBase64(u), 'expected base64 (A–Z, a–z, 0–9, + and /, padded with = to a multiple of 4 characters)'),
  // What isBase64 accepts: groups of four characters, the last one padded with one or two '='.
  () => ({ type: 'string', pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)?$' }),
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
  return withSchema(leafCodec(name, (u): u is L => typeof u === 'string' && allowed.has(u), `expected one of ${values.join(', ')}`), () => ({ enum: [...values] }))
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
export const recordOf = <C extends t.Mixed>(name: string, codomain: C): t.Type<Readonly<Record<string, t.TypeOf<C>>>, Readonly<Record<string, t.TypeOf<C>>>> => {
  const decodeValue = fastDecoderOf(codomain)
  const fullCodomain = fullOnly(codomain)
  const fast = (u: unknown, mode: Mode): Record<string, t.TypeOf<C>> | typeof rejected => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return rejected
    const input = u as Record<string, unknown>
    const out = mode === 'check' ? undefined : bareObject<t.TypeOf<C>>()
    for (const key of Object.keys(input)) {
      const value = decodeValue(input[key], mode)
      if (value === rejected) return rejected
      if (out !== undefined) out[key] = value
    }
    return result(u, out, mode)
  }
  const validate = (u: unknown, c: t.Context): t.Validation<Record<string, t.TypeOf<C>>> => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, `expected ${name} (an object)`)
    const out = bareObject<t.TypeOf<C>>()
    const errors: t.ValidationError[] = []
    for (const [key, value] of Object.entries(u)) {
      const result = fullCodomain.validate(value, t.appendContext(c, key, fullCodomain, value))
      // One at a time: spreading a few hundred thousand errors into push overflows the stack.
      if (result._tag === 'Left') for (const error of result.left) errors.push(error)
      else out[key] = result.right
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out)
  }
  return withSchema(fastCodec(name, fast, validate, t.identity), (schemaOf) => ({ type: 'object', additionalProperties: schemaOf(codomain) }))
}

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
  const base = t.readonlyArray(fullOnly(codec))
  const decodeElement = fastDecoderOf(codec)
  const fast = (u: unknown, mode: Mode): readonly t.TypeOf<C>[] | typeof rejected => {
    if (!Array.isArray(u)) return rejected
    const out: t.TypeOf<C>[] | undefined = mode === 'check' ? undefined : []
    const length = u.length
    for (let i = 0; i < length; i++) {
      const value = decodeElement(u[i], mode)
      if (value === rejected) return rejected
      out?.push(value)
    }
    return result(u, out, mode)
  }
  const validate = (u: unknown, c: t.Context): t.Validation<readonly t.TypeOf<C>[]> => {
    const result = base.validate(u, c)
    return result._tag === 'Left' ? result : t.success([...result.right])
  }
  return withSchema(fastCodec(base.name, fast, validate, base.encode), (schemaOf) => ({ type: 'array', items: schemaOf(codec) }))
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
