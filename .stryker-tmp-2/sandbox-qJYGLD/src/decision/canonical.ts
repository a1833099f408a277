// @ts-nocheck
import type { Reason } from './reason.js'
import { reasonParams } from './reason-params.js'

/** A total order on flat JSON parameter values (strings, numbers, booleans, string arrays). */
const compareValues = (x: unknown, y: unknown): number => {
  if (x === y) return 0
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : 1
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < x.length && i < y.length; i++) {
      const order = compareValues(x[i], y[i])
      if (order !== 0) return order
    }
    return x.length - y.length
  }
  const tx = typeof x
  const ty = typeof y
  if (tx !== ty) return tx < ty ? -1 : 1
  if (tx === 'object') {
    const jx = JSON.stringify(x)
    const jy = JSON.stringify(y)
    return jx === jy ? 0 : jx < jy ? -1 : 1
  }
  const sx = String(x)
  const sy = String(y)
  return sx === sy ? 0 : sx < sy ? -1 : 1
}

let declared: ReadonlyMap<string, readonly string[]> | undefined

/** {@link reasonParams} as a Map (one lookup, where an object of a hundred keys costs two), built on first use. */
const declaredNames = (): ReadonlyMap<string, readonly string[]> => (declared ??= new Map(Object.entries(reasonParams())))

/**
 * By code, then by parameters, as if comparing their values one by one in the order of the sorted
 * parameter names: the first name (in that order) whose values differ decides. A code's declared
 * names are read from {@link reasonParams} (enumerating the keys costs several times more); when they
 * all agree, or the code is none of the catalogue's, every key of both is enumerated, so that a
 * parameter outside the catalogue still decides. Finding the first differing name needs no sorting
 * and allocates nothing; a name only one side has counts as a difference.
 */
const compare = (a: Reason, b: Reason): number => {
  if (a === b) return 0
  if (a.code !== b.code) return a.code < b.code ? -1 : 1
  const pa: Readonly<Record<string, unknown>> = a
  const pb: Readonly<Record<string, unknown>> = b
  const names = declaredNames().get(a.code)
  if (names !== undefined)
    for (let i = 0; i < names.length; i++) {
      const key = names[i] as string
      const order = pa[key] === pb[key] ? 0 : compareValues(pa[key], pb[key])
      if (order !== 0) return order
    }
  return compareEveryKey(pa, pb)
}

/** The first differing name over every key of both (sorted order), found without sorting. */
const compareEveryKey = (pa: Readonly<Record<string, unknown>>, pb: Readonly<Record<string, unknown>>): number => {
  let first: string | undefined
  for (const key in pa) if ((first === undefined || key < first) && compareValues(pa[key], pb[key]) !== 0) first = key
  for (const key in pb) if ((first === undefined || key < first) && !Object.hasOwn(pa, key)) first = key
  return first === undefined ? 0 : compareValues(pa[first], pb[first])
}

/**
 * Puts reasons in one canonical order (by code, then by parameters) without duplicates, so that neither
 * the order of modules nor repeated grants can change a decision (I4, I5). It sorts the caller's fresh
 * array in place and returns it: a decision carries a handful of reasons, so a sort by insertion beats
 * a general one, allocates nothing, and never compares reasons already in order.
 */
export const canonicalReasons = (reasons: Reason[]): readonly Reason[] => {
  let kept = 0
  for (let r = 0; r < reasons.length; r++) {
    const next = reasons[r] as Reason
    let at = kept
    let order = 1
    while (at > 0 && (order = compare(reasons[at - 1] as Reason, next)) > 0) at -= 1
    if (order === 0) continue
    // Every slot written is at or before `r`, already read.
    for (let i = kept; i > at; i--) reasons[i] = reasons[i - 1] as Reason
    reasons[at] = next
    kept += 1
  }
  if (kept < reasons.length) reasons.length = kept
  return reasons
}
