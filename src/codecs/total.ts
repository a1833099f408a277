import * as t from 'io-ts'
import { thrownMessage } from '../internal/thrown.js'
import { withSchema } from './json-schema.js'

/**
 * The codec made total for callers who hand it anything: a value whose reading throws (a revoked proxy,
 * a getter that throws) decodes to one error at the root, `it could not be read: …`, and `is` answers
 * false, where the codec would let the exception out. Valid values decode as before, and its JSON
 * Schema is the codec's.
 *
 * @example
 * ```ts
 * totalCodec(subjectC).decode(new Proxy({}, { get: () => { throw new Error('no') } }))._tag // 'Left'
 * ```
 */
export const totalCodec = <A, O>(codec: t.Type<A, O>): t.Type<A, O> =>
  withSchema(
    new t.Type<A, O, unknown>(
      codec.name,
      (u): u is A => {
        try {
          return codec.is(u)
        } catch {
          return false
        }
      },
      (u, c) => {
        try {
          return codec.validate(u, c)
        } catch (error) {
          return t.failure(u, c, `it could not be read: ${thrownMessage(error)}`)
        }
      },
      (a) => codec.encode(a),
    ),
    (schemaOf) => schemaOf(codec),
  )
