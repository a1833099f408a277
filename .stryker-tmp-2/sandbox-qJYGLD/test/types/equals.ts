// @ts-nocheck
// Type equality for the type tests: identical after flattening intersections, modifiers included.

/** A type with its intersections flattened into plain object types (readonly and optional kept). */
export type Flat<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer E)[]
    ? readonly Flat<E>[]
    : { [K in keyof T]: Flat<T[K]> }

/** `true` when A and B are the same type (readonly-ness and optionality included), else `false`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the identity trick needs these generic signatures
export type Equals<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false
