import type { Reason } from './reason.js'

const keyOf = (reason: Reason): string => JSON.stringify(reason, Object.keys(reason).sort())

const compare = (a: Reason, b: Reason): number => {
  if (a.code !== b.code) return a.code < b.code ? -1 : 1
  const ka = keyOf(a)
  const kb = keyOf(b)
  return ka === kb ? 0 : ka < kb ? -1 : 1
}

/**
 * Reasons in one canonical order (by code, then by parameters) without duplicates, so that neither the
 * order of modules nor repeated grants can change a decision (I4, I5).
 */
export const canonicalReasons = (reasons: readonly Reason[]): readonly Reason[] => {
  if (reasons.length < 2) return reasons
  const sorted = [...reasons].sort(compare)
  return sorted.filter((reason, index) => index === 0 || compare(sorted[index - 1] as Reason, reason) !== 0)
}
