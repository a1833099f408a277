// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'

/**
 * fp-ts's `left`, built here: the same plain `{ _tag: 'Left', left }` value, with no import of fp-ts at
 * run time. The builds thus reach fp-ts only through io-ts, which bundlers resolve to `fp-ts/es6`:
 * a browser bundle carries one copy of it, not that and `fp-ts/lib` (`scripts/bundle-size.mjs`).
 *
 * @example
 * ```ts
 * left('no') // { _tag: 'Left', left: 'no' }
 * ```
 */
export const left = <E, A = never>(e: E): Either<E, A> => ({ _tag: 'Left', left: e })

/**
 * fp-ts's `right`, built here (see {@link left}).
 *
 * @example
 * ```ts
 * right(1) // { _tag: 'Right', right: 1 }
 * ```
 */
export const right = <A, E = never>(a: A): Either<E, A> => ({ _tag: 'Right', right: a })
