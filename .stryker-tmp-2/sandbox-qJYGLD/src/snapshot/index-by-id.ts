// @ts-nocheck
import type { Problems } from './errors.js'

/**
 * Indexes records by id, reporting every repeated id at its path. The first record with an id wins, so
 * later checks still run on a well-formed map.
 */
export const indexById = <I extends string, E extends { readonly id: string }, R>(
  entries: readonly E[],
  path: string,
  problems: Problems,
  toRecord: (entry: E, index: number) => R,
): Map<I, R> => {
  const map = new Map<I, R>()
  entries.forEach((entry, index) => {
    if (map.has(entry.id as I)) problems.report('duplicate_id', `${path}[${index}].id`, `duplicate id '${entry.id}'`)
    else map.set(entry.id as I, toRecord(entry, index))
  })
  return map
}

/** Reports a reference to an id the map does not hold; returns whether the reference resolves. */
export const checkRef = (
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
  id: string,
  path: string,
  what: string,
  problems: Problems,
): boolean => known.has(id) || dangling(id, path, what, problems)

/**
 * Reports a reference that does not resolve, and returns false. The checks that run once per item of a
 * million-item world test `known.has(id) || dangling(...)`, so that they spell the path and the message
 * only when they report them.
 *
 * @example
 * ```ts
 * const ok = users.has(grant.user) || dangling(grant.user, `${path}[${index}].user`, 'user', problems)
 * ```
 */
export const dangling = (id: string, path: string, what: string, problems: Problems): boolean => {
  problems.report('dangling_reference', path, `unknown ${what} '${id}'`)
  return false
}
