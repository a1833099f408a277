// @ts-nocheck
import type * as t from 'io-ts'

/**
 * A JSON Schema (2020-12) as plain data.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = { type: 'string', minLength: 1 }
 * ```
 */
export type JsonSchema = Readonly<Record<string, unknown>>

/**
 * How a codec describes itself as a JSON Schema, given the schema of any codec inside it.
 *
 * @example
 * ```ts
 * const describe: Describe = (schemaOf) => ({ type: 'array', items: schemaOf(idC) })
 * ```
 */
export type Describe = (schemaOf: (codec: t.Mixed) => JsonSchema) => JsonSchema

const describeKey = Symbol('json schema')

type Described = t.Mixed & { readonly [describeKey]?: Describe }

/**
 * The codec, carrying how it describes itself as a JSON Schema. Every codec of the wire format carries
 * one (the combinators attach theirs), so that the schemas shipped under `schema/` are generated from
 * the codecs and cannot drift from them.
 *
 * @example
 * ```ts
 * export const idC = withSchema(leafCodec('id', isId, 'expected an id'), () => ({ type: 'string', minLength: 1 }))
 * ```
 */
export const withSchema = <C extends t.Mixed>(codec: C, describe: Describe): C => Object.defineProperty(codec, describeKey, { value: describe })

/** The io-ts built-in codecs the wire format uses, told apart by their `_tag`. */
type BuiltIn = t.Mixed & { readonly _tag?: string; readonly value?: unknown; readonly types?: readonly t.Mixed[]; readonly type?: t.Mixed }

const arrayOf = (codec: BuiltIn): JsonSchema | undefined => (codec.type === undefined ? undefined : { type: 'array', items: jsonSchemaOf(codec.type) })

const builtIns: Readonly<Record<string, (codec: BuiltIn) => JsonSchema | undefined>> = {
  StringType: () => ({ type: 'string' }),
  NumberType: () => ({ type: 'number' }),
  BooleanType: () => ({ type: 'boolean' }),
  NullType: () => ({ type: 'null' }),
  UnknownType: () => ({}),
  LiteralType: (codec) => ({ const: codec.value }),
  UnionType: (codec) => ({ anyOf: (codec.types ?? []).map(jsonSchemaOf) }),
  ArrayType: arrayOf,
  ReadonlyArrayType: arrayOf,
}

const builtIn = (codec: BuiltIn): JsonSchema | undefined => builtIns[codec._tag ?? '']?.(codec)

/**
 * The JSON Schema of a codec: what it describes itself as, or what an io-ts built-in means. A codec
 * that carries no description throws, naming it, so that a new codec cannot be left out of the schemas.
 *
 * @example
 * ```ts
 * jsonSchemaOf(listOf(idC)) // { type: 'array', items: { type: 'string', minLength: 1 } }
 * ```
 */
export const jsonSchemaOf = (codec: t.Mixed): JsonSchema => {
  const describe = (codec as Described)[describeKey]
  if (describe !== undefined) return describe(jsonSchemaOf)
  const known = builtIn(codec)
  if (known === undefined) throw new Error(`no JSON Schema for codec '${codec.name}': describe it with withSchema`)
  return known
}
