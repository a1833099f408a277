// @ts-nocheck
import { lattice, type LatticeName } from '../domain/lattice.js'
import type { Actor } from '../domain/subject.js'
import { canonicalReasons } from './canonical.js'
import type { Decision } from './decision.js'
import type { Reason } from './reason.js'
import type { Verdict, Verdicts } from './verdict.js'

/**
 * What the settling of verdicts needs to know about the action.
 *
 * @example
 * ```ts
 * const write: Requirement = { action: 'cell.write', lattice: 'access', requires: lattice.access.rank.write }
 * ```
 */
export interface Requirement {
  readonly action: string
  readonly lattice: LatticeName
  readonly requires: number
}

/**
 * Reads a list of verdicts as a decision: effective level = min(join of grants, meet of caps), allow iff
 * it reaches the required level; no grant means deny (I1).
 *
 * @example
 * ```ts
 * import { settle, verdict, reason } from 'accessgrid'
 * settle({ action: 'cell.read', lattice: 'access', requires: 1 }, verdict.grant(2, reason('default.no_grant', { action: 'x' })))
 * ```
 */
export const settle = (requirement: Requirement, verdicts: Verdicts, actor?: Actor): Decision => settleFirst(requirement, verdicts, verdicts.length, actor)

/**
 * {@link settle} over the first `count` verdicts of a list: `decide` collects what the rules say into
 * an array reserved at a size that usually suffices, and settles it without trimming it.
 *
 * @example
 * ```ts
 * settleFirst(requirement, collected, 4)
 * ```
 */
export const settleFirst = (requirement: Requirement, verdicts: Verdicts, count: number, actor?: Actor): Decision => {
  // Small integers throughout (no Infinity): the levels stay untagged in registers.
  let granted = -1
  let capped = uncapped
  for (let i = 0; i < count; i++) {
    const v = verdicts[i] as Verdict
    if (v.tag === 'grant') {
      if (v.level > granted) granted = v.level
    } else if (v.tag === 'cap' && v.level < capped) capped = v.level
  }
  const rank = granted < 0 ? 0 : granted < capped ? granted : capped
  const allowed = granted >= 0 && rank >= requirement.requires
  const requires = requirement.requires
  // Counted first, so that each array is allocated at its size (a pushed-to array reserves 17 slots,
  // and trimming one costs more than the whole settling); which verdicts speak is kept as bits.
  let said = 0
  let warned = 0
  let speaking = 0
  for (let i = 0; i < count; i++) {
    const v = verdicts[i] as Verdict
    if (v.tag === 'warn') {
      if (allowed || v.ifAllowed !== true) warned += 1
    } else if (allowed ? isDetermining(v.tag, v.level, granted, rank) : isBlocking(v.tag, v.level, granted, requires)) {
      said += 1
      if (i < bits) speaking |= 1 << i
    }
  }
  const defaultDeny = granted < 0 && said === 0
  const reasons = defaultDeny ? [defaultReason(requirement)] : new Array<Reason>(said)
  for (let i = 0, at = 0; at < said; i++) {
    const v = verdicts[i] as Verdict
    if (i < bits ? (speaking & (1 << i)) !== 0 : v.tag !== 'warn' && (allowed ? isDetermining(v.tag, v.level, granted, rank) : isBlocking(v.tag, v.level, granted, requires)))
      reasons[at++] = v.reason
  }
  const warnings = warned === 0 ? undefined : new Array<Reason>(warned)
  if (warnings !== undefined)
    for (let i = 0, at = 0; at < warned; i++) {
      const v = verdicts[i] as Verdict
      if (v.tag === 'warn' && (allowed || v.ifAllowed !== true)) warnings[at++] = v.reason
    }
  const levels = lattice[requirement.lattice].levels
  const effect = allowed ? 'allow' : 'deny'
  const level = levels[Math.min(rank, levels.length - 1)] ?? 'none'
  const sorted = canonicalReasons(reasons)
  const warningsSorted = warnings === undefined ? noWarnings : canonicalReasons(warnings)
  // Two literals rather than a spread: one object, made in one step.
  return actor === undefined ? { effect, level, reasons: sorted, warnings: warningsSorted } : { effect, level, reasons: sorted, warnings: warningsSorted, actor }
}

const noWarnings: readonly Reason[] = Object.freeze([])

/** Above every level of every lattice: the meet of no cap. */
const uncapped = 0x3fffffff

/** How many verdicts' speaking is kept as bits of one small integer; any further one is asked again. */
const bits = 30

/** No grant and no cap that blocked: the default deny (I1). */
const defaultReason = (requirement: Requirement): Reason => ({ code: 'default.no_grant', action: requirement.action })

/** On allow: the grants that reached the top and the caps that bound the level below it. */
const isDetermining = (tag: 'grant' | 'cap', level: number, granted: number, rank: number): boolean =>
  tag === 'grant' ? level === granted : rank < granted && level === rank

/** On deny: the caps below the requirement and, when grants fell short, the highest of them. */
const isBlocking = (tag: 'grant' | 'cap', level: number, granted: number, requires: number): boolean =>
  tag === 'cap' ? level < requires : granted < requires && level === granted
