// @ts-nocheck
import * as t from 'io-ts'

/**
 * What a fast decoder returns for a value it does not accept.
 *
 * @example
 * ```ts
 * fastDecoderOf(idC)('', 'check') === rejected // true
 * ```
 */
export const rejected: unique symbol = Symbol('rejected')

/**
 * What a fast decoder makes of a valid value: a copy (what the codec's `validate` returns), a copy with
 * every object and array frozen as it is made, or nothing, the value being only checked in place.
 *
 * @example
 * ```ts
 * const mode: Mode = 'check'
 * fastDecoderOf(worldC)(input, mode) === input // when input is a valid world
 * ```
 */
export type Mode = 'copy' | 'frozen' | 'check'

/**
 * A decoder for the common case, a valid value: it returns what the codec's `validate` would return on
 * success (in `check` mode, the value itself), or {@link rejected}, without building contexts, results
 * or error reports. The codec's own `validate` stays the one source of every error message: it runs
 * only when the fast decoder rejects.
 *
 * @example
 * ```ts
 * const decode: FastDecoder<string> = fastDecoderOf(idC)
 * decode('ana', 'copy') // 'ana'
 * decode('', 'copy') // rejected
 * ```
 */
export type FastDecoder<A> = (u: unknown, mode: Mode) => A | typeof rejected

const fastKey = Symbol('fast decoder')
const fullKey = Symbol('full validate')

/** A codec's `validate`. */
type Validate<A> = (u: unknown, c: t.Context) => t.Validation<A>

/** A codec that may carry its fast decoder and its full `validate`. */
type Carrying = t.Mixed & { readonly [fastKey]?: FastDecoder<unknown>; readonly [fullKey]?: Validate<unknown> }

/** A codec whose valid values decode to themselves, told valid by its `is`. */
const leafDecoder =
  (codec: { readonly is: (u: unknown) => boolean }): FastDecoder<unknown> =>
  (u) =>
    codec.is(u) ? u : rejected

/** The io-ts primitives the codecs use: each decodes a valid value to itself. */
const primitives: ReadonlyMap<t.Mixed, FastDecoder<unknown>> = new Map([t.boolean, t.number, t.string].map((codec) => [codec, leafDecoder(codec)]))

/** Any codec's decoder through its `validate`: correct for every codec, fast for none. */
const throughValidate =
  (codec: t.Mixed): FastDecoder<unknown> =>
  (u, mode) => {
    const result = codec.validate(u, [])
    if (result._tag === 'Left') return rejected
    const value: unknown = result.right
    return mode === 'check' ? u : mode === 'frozen' ? freezeAll(value) : value
  }

/** Freezes a decoded value and everything in it (for codecs without a fast decoder of their own). */
const freezeAll = (value: unknown): unknown => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) Object.values(Object.freeze(value)).forEach(freezeAll)
  return value
}

/**
 * The fast decoder of a codec: the one it carries ({@link withFastDecoder}), else one through the
 * codec's own `validate`.
 *
 * @example
 * ```ts
 * fastDecoderOf(t.boolean)(true) // true
 * ```
 */
export const fastDecoderOf = (codec: t.Mixed): FastDecoder<unknown> =>
  (codec as Carrying)[fastKey] ?? primitives.get(codec) ?? (codec instanceof t.LiteralType ? literalDecoder(codec.value) : throughValidate(codec))

/** A literal decodes to itself. */
const literalDecoder =
  (literal: unknown): FastDecoder<unknown> =>
  (u) =>
    u === literal ? u : rejected

/**
 * A codec that decodes through `fast` and falls back to `full`, with its error report, only when
 * `fast` rejects. `fast` must accept exactly what `full` accepts and return the same value (the codec
 * tests check both on valid and mutated worlds). `full` reaches its inner codecs through
 * {@link fullOnly}, so that every error report comes from the full decoders alone.
 *
 * @example
 * ```ts
 * const evenC = fastCodec<number, number>('even', (u) => (isEven(u) ? u : rejected), validateEven, t.identity)
 * ```
 */
export const fastCodec = <A, O>(name: string, fast: FastDecoder<A>, full: Validate<A>, encode: (a: A) => O): t.Type<A, O> =>
  Object.assign(
    new t.Type<A, O, unknown>(
      name,
      (u): u is A => fast(u, 'check') !== rejected,
      (u, c) => {
        const value = fast(u, 'copy')
        return value === rejected ? full(u, c) : t.success(value)
      },
      encode,
    ),
    { [fastKey]: fast, [fullKey]: full },
  )

/**
 * The codec without its fast decoder: the same name and checks, decoding through the full `validate`
 * only (and so on inside). The full decoders use it for their inner codecs; the tests compare it with
 * the fast decoder.
 *
 * @example
 * ```ts
 * fullOnly(worldC).validate(input, []) // what worldC.decode(input) returns, without the fast path
 * ```
 */
export const fullOnly = <C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C>, t.OutputOf<C>> => {
  const full = (codec as Carrying)[fullKey]
  return full === undefined ? codec : new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(codec.name, codec.is, full, codec.encode)
}

/**
 * A codec for values that decode to themselves (ids, literals, enumerations): valid when `is` holds,
 * else the error `message`.
 *
 * @example
 * ```ts
 * export const idC = leafCodec('id', (u): u is string => typeof u === 'string' && u.length > 0, 'expected an id (a non-empty string)')
 * ```
 */
export const leafCodec = <A>(name: string, is: (u: unknown) => u is A, message: string): t.Type<A, A> =>
  fastCodec<A, A>(name, (u) => (is(u) ? u : rejected), (u, c) => (is(u) ? t.success(u) : t.failure(u, c, message)), t.identity)

/**
 * The value decoded by the codec's fast decoder, deep-frozen as it is copied, or {@link rejected}.
 *
 * @example
 * ```ts
 * const world = decodeFrozen(worldC, input)
 * if (world === rejected) report(fullOnly(worldC).decode(input))
 * ```
 */
export const decodeFrozen = <C extends t.Mixed>(codec: C, u: unknown): t.TypeOf<C> | typeof rejected => fastDecoderOf(codec)(u, 'frozen')

/**
 * The value itself when the codec accepts it, checked in place (nothing copied), or {@link rejected}.
 *
 * @example
 * ```ts
 * checkValid(worldC, input) === input // when input is a valid world
 * ```
 */
export const checkValid = <C extends t.Mixed>(codec: C, u: unknown): t.TypeOf<C> | typeof rejected => fastDecoderOf(codec)(u, 'check')

/**
 * What a copying fast decoder returns: in `check` mode the value checked, else the copy made (frozen
 * in `frozen` mode).
 *
 * @example
 * ```ts
 * return result(u, out, mode)
 * ```
 */
export const result = <T extends object>(u: unknown, out: T | undefined, mode: Mode): T =>
  out === undefined ? (u as T) : mode === 'frozen' ? Object.freeze(out) : out
