// @ts-nocheck
import type { Subject } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import { subjectName, type SubjectOrder } from './subjects.js'
import type { Reason } from '../decision/reason.js'

/**
 * Which subjects a {@link whoCan} answer lists: those `decide` allows at `minLevel` or above
 * (`allowed`, the default), all the others with the reasons that stopped them (`denied`), or both.
 *
 * @example
 * ```ts
 * const include: WhoCanInclude = 'denied' // why can't Pete see the Berlin budget?
 * ```
 */
export type WhoCanInclude = 'allowed' | 'denied' | 'all'

/**
 * One subject of a {@link whoCan} answer: who, named as the product names them, whether they qualify,
 * and the decision `decide` gives them, unchanged (for `cloudworks.run` asked of the scheduler,
 * `decision.actor` is the identity the run would use).
 *
 * @example
 * ```ts
 * const entry: WhoCanEntry = answer.entries[0]
 * entry.name // 'Internal (Full Access)'
 * ```
 */
export interface WhoCanEntry {
  readonly subject: Subject
  readonly name: string
  readonly qualifies: boolean
  readonly decision: Decision
}

/**
 * A page of a {@link whoCan} answer, in a stable order (the alias, the scheduler, then the users as the
 * world lists them). `next` is the cursor of the next page, absent on the last. `problem` says why an
 * answer is empty because the question could not be asked (unknown id, action type or section, bad
 * option); it is a reason `explainReason` words.
 *
 * @example
 * ```ts
 * const page: WhoCanAnswer = whoCan(world)(action, cell, { limit: 50 })
 * if (page.next !== undefined) whoCan(world)(action, cell, { limit: 50, cursor: page.next })
 * ```
 */
export interface WhoCanAnswer {
  readonly entries: readonly WhoCanEntry[]
  readonly next?: string
  readonly problem?: Reason
}

/**
 * What one question settles before paging: the subjects' order, the positions of the subjects that
 * may qualify (the alias, the scheduler and the candidates), sorted, and each position's decision,
 * taken on first need and kept. A position that is no candidate never qualifies.
 *
 * @example
 * ```ts
 * const settled: Settled = { order, candidates: [0, 4], isCandidate: (p) => p === 0 || p === 4, decisionAt, qualifies }
 * ```
 */
export interface Settled {
  readonly order: SubjectOrder
  readonly candidates: readonly number[]
  readonly isCandidate: (position: number) => boolean
  readonly decisionAt: (position: number) => Decision | undefined
  readonly qualifies: (decision: Decision) => boolean
}

/**
 * The cursor of a page starting at a position.
 *
 * @example
 * ```ts
 * cursorOf(12) // 'p12'
 * ```
 */
export const cursorOf = (position: number): string => `p${position}`

/**
 * The position a cursor names, 0 without one, undefined for anything that is not a cursor of an
 * answer of `size` subjects.
 *
 * @example
 * ```ts
 * positionOf('p12', 100) // 12
 * ```
 */
export const positionOf = (cursor: unknown, size: number): number | undefined => {
  if (cursor === undefined) return 0
  const match = typeof cursor === 'string' ? /^p(\d{1,9})$/.exec(cursor) : null
  const position = match === null ? NaN : Number(match[1])
  return position <= size ? position : undefined
}

/**
 * The entries of one page from `start`, and the cursor after it when anything is left. Only what the
 * page needs is decided: for `allowed`, the candidates in order until the page is full and one more
 * qualifies; for `denied` and `all`, the positions the page walks (a position that is no candidate is
 * denied without asking whether it qualifies).
 *
 * @example
 * ```ts
 * page(settled, 'denied', 0, 50)
 * ```
 */
export const page = (settled: Settled, include: WhoCanInclude, start: number, limit: number): WhoCanAnswer => {
  const { order, candidates, isCandidate, decisionAt, qualifies } = settled
  const entries: WhoCanEntry[] = []
  const qualifyingAt = (position: number): boolean => {
    if (!isCandidate(position)) return false
    const decision = decisionAt(position)
    return decision !== undefined && qualifies(decision)
  }
  const wanted = (position: number): boolean => include === 'all' || (include === 'allowed') === qualifyingAt(position)
  const walk: readonly number[] | undefined = include === 'allowed' ? candidates : undefined
  let k = walk === undefined ? start : lowerBound(walk, start)
  const end = walk === undefined ? order.size : walk.length
  for (; k < end; k++) {
    const position = walk === undefined ? k : (walk[k] ?? -1)
    if (!wanted(position)) continue
    if (entries.length === limit) return { entries, next: cursorOf(position) }
    const who = order.at(position)
    const decision = decisionAt(position)
    if (who !== undefined && decision !== undefined) entries.push({ subject: who, name: subjectName(who), qualifies: qualifyingAt(position), decision })
  }
  return { entries }
}

/**
 * Whether a sorted array holds a value.
 *
 * @example
 * ```ts
 * binaryHas([1, 4, 9], 4) // true
 * ```
 */
export const binaryHas = (sorted: readonly number[], value: number): boolean => sorted[lowerBound(sorted, value)] === value

/** The first index of a sorted array whose value is at least `value`. */
const lowerBound = (sorted: readonly number[], value: number): number => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? 0) < value) low = middle + 1
    else high = middle
  }
  return low
}
