// @ts-nocheck
import * as t from 'io-ts'
import { fastCodec, fastDecoderOf, fullOnly, rejected, result, type FastDecoder } from './fast.js'
import { withSchema, type JsonSchema } from './json-schema.js'

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

/** Each field's codec without its fast decoder, for the full `validate` (see {@link fullOnly}). */
const fullFields = (props: t.Props): readonly (readonly [string, t.Mixed])[] => Object.entries(props).map(([key, codec]) => [key, fullOnly(codec)])

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
  const [fullRequired, fullOptional] = [fullFields(required), fullFields(opt)]
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
    for (const [key, codec] of fullRequired) {
      if (Object.hasOwn(input, key)) field(key, codec, true)
      else errors.push(failureAt(undefined, c, key, `missing field '${key}' in ${name}`))
    }
    for (const [key, codec] of fullOptional) field(key, codec, Object.hasOwn(input, key) && input[key] !== undefined)
    return errors.length > 0 ? t.failures(errors) : t.success(out as StructOf<R, O>)
  }
  const fast = fastStruct<StructOf<R, O>>(required, opt)
  return withSchema(fastCodec(name, fast, validate, t.identity), (schemaOf) => structSchema(name, required, opt, schemaOf))
}

/** A struct as a JSON Schema: its fields, the required ones, no other field. */
const structSchema = (name: string, required: t.Props, optional: t.Props, schemaOf: (codec: t.Mixed) => JsonSchema): JsonSchema => ({
  title: name,
  type: 'object',
  properties: Object.fromEntries(Object.entries({ ...required, ...optional }).map(([key, codec]) => [key, schemaOf(codec)])),
  ...(Object.keys(required).length === 0 ? {} : { required: Object.keys(required) }),
  additionalProperties: false,
})

interface Field {
  readonly key: string
  readonly required: boolean
  readonly decode: FastDecoder<unknown>
}

/**
 * The struct's fast decoder: the same checks and the same copy as its `validate` (declared fields only,
 * required before optional, an optional field that is undefined left out), with no report.
 */
const fastStruct = <A>(required: t.Props, optional: t.Props): FastDecoder<A> => {
  const fields: readonly Field[] = [
    ...Object.entries(required).map(([key, codec]) => ({ key, required: true, decode: fastDecoderOf(codec) })),
    ...Object.entries(optional).map(([key, codec]) => ({ key, required: false, decode: fastDecoderOf(codec) })),
  ]
  const declared: ReadonlySet<string> = new Set(fields.map((field) => field.key))
  return (u, mode) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return rejected
    const input = u as Record<string, unknown>
    for (const key of Object.keys(input)) if (!declared.has(key)) return rejected
    const out: Record<string, unknown> | undefined = mode === 'check' ? undefined : {}
    for (const field of fields) {
      if (!Object.hasOwn(input, field.key)) {
        if (field.required) return rejected
        continue
      }
      if (!field.required && input[field.key] === undefined) continue
      const value = field.decode(input[field.key], mode)
      if (value === rejected) return rejected
      if (out !== undefined) out[field.key] = value
    }
    return result(u, out, mode) as A
  }
}
