import * as t from 'io-ts'

/**
 * A union told apart by one string field (`kind`, `type`): the tag picks the member codec, so an error
 * names the one member that was meant instead of every member of the union.
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
): t.Type<A, A> =>
  new t.Type<A, A, unknown>(
    name,
    (u): u is A => typeof u === 'object' && u !== null && lookup(members, (u as Record<string, unknown>)[tag])?.is(u) === true,
    (u, c) => {
      if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, `expected ${name} (an object)`)
      const value = (u as Record<string, unknown>)[tag]
      const member = lookup(members, value)
      if (member === undefined)
        return t.failure(value, t.appendContext(c, tag, t.string, value), `unknown ${name} ${tag} ${value === undefined ? 'undefined' : JSON.stringify(value)}`)
      return member.validate(u, c) as t.Validation<A>
    },
    t.identity,
  )

const lookup = <M>(members: { readonly [key: string]: M }, value: unknown): M | undefined =>
  typeof value === 'string' && Object.hasOwn(members, value) ? members[value] : undefined
