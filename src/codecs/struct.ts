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

/** Every optional field a struct declares, gathered as the codecs are defined (when the module loads). */
const optionalFields = new Set<string>()

/** An object of no field of its own, kept: a for-in loop over it yields what `Object.prototype` holds. */
const emptyObject: object = Object.freeze({})

/**
 * The first optional field of the codecs' structs that `Object.prototype` holds (a polluted prototype),
 * or undefined. Every object would inherit it, and a decoded copy, which holds only the fields given,
 * would be read as if that field were given: `compile` and the request checks refuse to read anything
 * then. `enumerableOnly` looks only at enumerable fields, those a prototype-pollution bug leaves (it
 * assigns), with one for-in loop over an empty object: a few nanoseconds when there are none.
 *
 * @example
 * ```ts
 * pollutingField(false) // undefined, unless e.g. Object.prototype.admin was set
 * ```
 */
export const pollutingField = (enumerableOnly: boolean): string | undefined => {
  if (enumerableOnly) {
    for (const key in emptyObject) if (optionalFields.has(key)) return key
    return undefined
  }
  for (const key of optionalFields) if (Object.hasOwn(Object.prototype, key)) return key
  return undefined
}

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
  quick?: QuickCheck,
): t.Type<StructOf<R, O>, StructOf<R, O>> => {
  const opt: t.Props = optional ?? {}
  for (const key of Object.keys(opt)) optionalFields.add(key)
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
      // One at a time: spreading a few hundred thousand errors into push overflows the stack.
      if (result._tag === 'Left') for (const error of result.left) errors.push(error)
      else out[key] = result.right
    }
    for (const [key, codec] of fullRequired) {
      if (Object.hasOwn(input, key)) field(key, codec, true)
      else errors.push(failureAt(undefined, c, key, `missing field '${key}' in ${name}`))
    }
    for (const [key, codec] of fullOptional) field(key, codec, Object.hasOwn(input, key) && input[key] !== undefined)
    return errors.length > 0 ? t.failures(errors) : t.success(out as StructOf<R, O>)
  }
  const fast = fastStruct<StructOf<R, O>>(required, opt, quick)
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
 * A hand-written check of a struct whose values come by the million (list items, grants, driver
 * values), tried first when a value is only checked in place: monomorphic reads of its own fields, no
 * array of keys. It may answer false for a valid value (the generic check then decides), never true
 * for a value the struct rejects (`test/codecs/quick-checks.props.test.ts`).
 *
 * @example
 * ```ts
 * const itemC = struct('item', { id: idC }, { parent: idC }, quickItem)
 * ```
 */
export type QuickCheck = (u: unknown) => boolean

/**
 * The struct's fast decoder: the same checks and the same copy as its `validate` (declared fields only,
 * required before optional, an optional field that is undefined left out), with no report; in `check`
 * mode, its quick check first when it has one.
 */
const fastStruct = <A>(required: t.Props, optional: t.Props, quick: QuickCheck | undefined): FastDecoder<A> => {
  const fields: readonly Field[] = [
    ...Object.entries(required).map(([key, codec]) => ({ key, required: true, decode: fastDecoderOf(codec) })),
    ...Object.entries(optional).map(([key, codec]) => ({ key, required: false, decode: fastDecoderOf(codec) })),
  ]
  const declared: ReadonlySet<string> = new Set(fields.map((field) => field.key))
  return (u, mode) => {
    if (mode === 'check' && quick?.(u) === true) return u as A
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return rejected
    const input = u as Record<string, unknown>
    for (const key of Object.keys(input)) if (!declared.has(key)) return rejected
    const out: Record<string, unknown> | undefined = mode === 'check' ? undefined : {}
    for (const field of fields) {
      if (!Object.hasOwn(input, field.key)) {
        // Checked in place, the value is read later field by field: one that inherits a field (from a
        // polluted Object.prototype) would be read through its prototype, so it is copied instead.
        if (field.required || (mode === 'check' && input[field.key] !== undefined)) return rejected
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
