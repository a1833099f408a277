import * as t from 'io-ts'
import { fastCodec, fastDecoderOf, rejected, type FastDecoder } from './fast.js'
import { withSchema } from './json-schema.js'
import { describe } from './report.js'

/**
 * A union told apart by one string field (`kind`, `type`): the tag picks the member codec, so an error
 * names the one member that was meant instead of every member of the union. Its fast decoder reads the
 * tag once and hands the value to the member's fast decoder, so a valid value is checked (or copied)
 * with no io-ts context built.
 *
 * @example
 * ```ts
 * const shapeC = tagged<Shape>('shape', 'kind', { circle: circleC, square: squareC })
 * shapeC.decode({ kind: 'circle', r: 'x' }) // the error names the circle codec only
 * ```
 */
export const tagged = <A extends object>(
  name: string,
  tag: string,
  members: { readonly [key: string]: t.Type<A, A> | t.Type<never, never> | t.Mixed },
): t.Type<A, A> => {
  const decoders: ReadonlyMap<string, FastDecoder<unknown>> = new Map(Object.entries(members).map(([key, codec]) => [key, fastDecoderOf(codec as t.Mixed)]))
  const fast: FastDecoder<A> = (u, mode) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return rejected
    const value: unknown = (u as Record<string, unknown>)[tag]
    const decode = typeof value === 'string' ? decoders.get(value) : undefined
    return decode === undefined ? rejected : (decode(u, mode) as A | typeof rejected)
  }
  const validate = (u: unknown, c: t.Context): t.Validation<A> => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, `expected ${name} (an object)`)
    const value = (u as Record<string, unknown>)[tag]
    const member = lookup(members, value)
    if (member === undefined)
      return t.failure(value, t.appendContext(c, tag, t.string, value), value === undefined ? `missing field '${tag}' in ${name}` : `unknown ${name} ${tag} ${describe(value)}`)
    return member.validate(u, c) as t.Validation<A>
  }
  // The tag picks the member's schema, as it picks the member's codec, so an error names that member only.
  return withSchema(fastCodec(name, fast, validate, t.identity), (schemaOf) => ({
    title: name,
    type: 'object',
    properties: { [tag]: { enum: Object.keys(members) } },
    required: [tag],
    allOf: Object.entries(members).map(([key, member]) => ({ if: { type: 'object', properties: { [tag]: { const: key } } }, then: schemaOf(member as t.Mixed) })),
  }))
}

const lookup = <M>(members: { readonly [key: string]: M }, value: unknown): M | undefined =>
  typeof value === 'string' && Object.hasOwn(members, value) ? members[value] : undefined
