import * as t from 'io-ts'

type Required<R extends t.Props> = { readonly [K in keyof R]: t.TypeOf<R[K]> }
type Optional<O extends t.Props> = { readonly [K in keyof O]?: t.TypeOf<O[K]> }

/**
 * The decoded type of a {@link struct}.
 *
 * @example
 * ```ts
 * type Member = StructOf<{ user: typeof idC }, { admin: t.BooleanC }> // { user: string; admin?: boolean }
 * ```
 */
export type StructOf<R extends t.Props, O extends t.Props> = Required<R> & Optional<O>

const failureAt = (u: unknown, c: t.Context, key: string, message: string): t.ValidationError => ({
  value: u,
  context: [...c, { key, type: t.unknown, actual: u }],
  message,
})

/**
 * A strict object codec: required and optional fields, and an error naming every unknown field (a typo
 * is never dropped silently). It copies only its declared fields, so keys such as `__proto__` in the
 * input can never reach a prototype.
 *
 * @example
 * ```ts
 * const memberC = struct('member', { user: idC }, { admin: t.boolean })
 * memberC.decode({ user: 'ana', admn: true })._tag // 'Left': unknown field 'admn'
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no optional fields by default
export const struct = <R extends t.Props, O extends t.Props = {}>(
  name: string,
  required: R,
  optional?: O,
): t.Type<StructOf<R, O>, StructOf<R, O>> => {
  const opt: t.Props = optional ?? {}
  const validate = (u: unknown, c: t.Context): t.Validation<StructOf<R, O>> => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, `expected ${name} (an object)`)
    const input = u as Record<string, unknown>
    const errors: t.ValidationError[] = []
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(input))
      if (!Object.hasOwn(required, key) && !Object.hasOwn(opt, key))
        errors.push(failureAt(input[key], c, key, `unknown field '${key}' in ${name}`))
    const field = (key: string, codec: t.Mixed, present: boolean): void => {
      if (!present) return
      const result = codec.validate(input[key], t.appendContext(c, key, codec, input[key]))
      if (result._tag === 'Left') errors.push(...result.left)
      else out[key] = result.right
    }
    for (const [key, codec] of Object.entries(required)) {
      if (Object.hasOwn(input, key)) field(key, codec, true)
      else errors.push(failureAt(undefined, c, key, `missing field '${key}' in ${name}`))
    }
    for (const [key, codec] of Object.entries(opt)) field(key, codec, Object.hasOwn(input, key) && input[key] !== undefined)
    return errors.length > 0 ? t.failures(errors) : t.success(out as StructOf<R, O>)
  }
  return new t.Type(name, (u): u is StructOf<R, O> => validate(u, [])._tag === 'Right', validate, t.identity)
}
