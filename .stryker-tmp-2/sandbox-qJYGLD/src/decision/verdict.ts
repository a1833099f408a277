// @ts-nocheck
import { deepFreeze } from '../internal/deep-freeze.js'
import type { Reason } from './reason.js'

/**
 * A lower bound from a role or capability. Grants join: the highest wins.
 *
 * @example
 * ```ts
 * const full: Grant = { tag: 'grant', level: 2, reason: reason('model_roles.full_access', { model: 'fp' }) }
 * ```
 */
export interface Grant { readonly tag: 'grant'; readonly level: number; readonly reason: Reason }
/**
 * An upper bound from a restriction or a failed gate (a failed gate is a cap at rank 0). Caps meet: the
 * lowest wins.
 *
 * @example
 * ```ts
 * const hidden: Cap = { tag: 'cap', level: 0, reason: reason('dynamic_cell_access.hidden', { lineItem: 'margin', driver: 'showMargin' }) }
 * ```
 */
export interface Cap { readonly tag: 'cap'; readonly level: number; readonly reason: Reason }
/**
 * Something the caller should know that changes no level, such as an export that will be empty (A40).
 * `ifAllowed`: the warning says what the request will do when it runs (an export that comes out empty,
 * an import that skips rows), so a deny, where nothing runs, leaves it out.
 *
 * @example
 * ```ts
 * const empty: Warn = { tag: 'warn', reason: reason('selective_access.export_empty', { action: 'eSales', list: 'region', model: 'fp' }), ifAllowed: true }
 * ```
 */
export interface Warn { readonly tag: 'warn'; readonly reason: Reason; readonly ifAllowed?: true }

/**
 * One rule's contribution: a grant, a cap or a warning, each with the reason it stands for.
 *
 * @example
 * ```ts
 * const ranks = (verdicts: Verdicts) => verdicts.map((v: Verdict) => (v.tag === 'warn' ? undefined : v.level))
 * ```
 */
export type Verdict = Grant | Cap | Warn

/**
 * What a rule returns for a request: a list of verdicts, combined by the free monoid (concatenation)
 * and read by {@link settle}. The empty list is `skip`: the rule has nothing to say.
 *
 * @example
 * ```ts
 * import { verdict, reason } from 'accessgrid'
 * const v = verdict.cap(0, reason('default.no_grant', { action: 'cell.read' }))
 * ```
 */
export type Verdicts = readonly Verdict[]

const none: Verdicts = Object.freeze([])

/**
 * Constructors for verdicts. Each returns a one-element {@link Verdicts}.
 *
 * @example
 * ```ts
 * verdict.concat(verdict.grant(2, reason('model_roles.full_access', { model: 'fp' })), verdict.skip) // one grant
 * ```
 */
export const verdict = {
  /** Nothing to say. */
  skip: none,
  grant: (level: number, reason: Reason): Verdicts => [{ tag: 'grant', level, reason }],
  cap: (level: number, reason: Reason): Verdicts => [{ tag: 'cap', level, reason }],
  warn: (reason: Reason): Verdicts => [{ tag: 'warn', reason }],
  /** A warning about what the request does when it runs (A40): an allowed decision carries it, a deny does not. */
  warnIfAllowed: (reason: Reason): Verdicts => [{ tag: 'warn', reason, ifAllowed: true }],
  /**
   * Verdicts built once and returned to many requests (a rule's memo): every verdict and reason is
   * frozen, the list itself is not, since reading a frozen array is several times slower; the engine
   * never writes to what a rule returns, and a trace records a frozen copy.
   */
  shared: (list: Verdicts): Verdicts => {
    for (let i = 0; i < list.length; i++) deepFreeze(list[i])
    return list
  },
  /** Concatenates verdict lists: the monoid every combinator folds with. */
  concat: (...lists: readonly Verdicts[]): Verdicts => {
    // One pass without an intermediate array: this runs once per request in decide.
    let last: Verdicts = none
    let nonEmpty = 0
    for (const list of lists) {
      if (list.length === 0) continue
      nonEmpty += 1
      last = list
    }
    return nonEmpty <= 1 ? last : lists.flat()
  },
} as const
