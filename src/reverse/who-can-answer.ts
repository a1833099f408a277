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
 * What one question settles before paging: the subjects' order, the qualifying positions, sorted,
 * and the decisions taken so far.
 *
 * @example
 * ```ts
 * const settled: Settled = { order, qualifying: [0, 4], decided: new Map() }
 * ```
 */
export interface Settled {
  readonly order: SubjectOrder
  readonly qualifying: readonly number[]
  readonly decided: ReadonlyMap<number, Decision>
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
 * The entries of one page from `start`, and the cursor after it when anything is left. Denied
 * subjects are decided here (`decisionAt`), a page at a time.
 *
 * @example
 * ```ts
 * page(settled, 'denied', 0, 50, (position, who) => decider(who, action, resource))
 * ```
 */
export const page = (
  settled: Settled,
  include: WhoCanInclude,
  start: number,
  limit: number,
  decisionAt: (position: number, who: Subject) => Decision,
): WhoCanAnswer => {
  const { order, qualifying } = settled
  const qualifies = new Set(qualifying)
  const entries: WhoCanEntry[] = []
  const entry = (position: number): WhoCanEntry | undefined => {
    const who = order.at(position)
    return who === undefined ? undefined : { subject: who, name: subjectName(who), qualifies: qualifies.has(position), decision: decisionAt(position, who) }
  }
  let position = start
  if (include === 'allowed') {
    let k = lowerBound(qualifying, start)
    for (; k < qualifying.length && entries.length < limit; k++) {
      const found = entry(qualifying[k] ?? -1)
      if (found !== undefined) entries.push(found)
    }
    return k < qualifying.length ? { entries, next: cursorOf(qualifying[k] ?? order.size) } : { entries }
  }
  for (; position < order.size && entries.length < limit; position++) {
    if (include === 'denied' && qualifies.has(position)) continue
    const found = entry(position)
    if (found !== undefined) entries.push(found)
  }
  const left = include === 'all' ? order.size - position : order.size - position - (qualifying.length - lowerBound(qualifying, position))
  return left > 0 ? { entries, next: cursorOf(position) } : { entries }
}

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
