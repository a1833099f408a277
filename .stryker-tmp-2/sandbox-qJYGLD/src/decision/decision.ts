// @ts-nocheck
import type { Level } from '../domain/lattice.js'
import type { Actor } from '../domain/subject.js'
import type { Reason } from './reason.js'
import type { Verdicts } from './verdict.js'

/**
 * Whether the request is allowed.
 *
 * @example
 * ```ts
 * const effect: Effect = decision.effect // 'allow' or 'deny'
 * ```
 */
export type Effect = 'allow' | 'deny'

/**
 * The answer to one request: plain readonly data that serialises to JSON for audit logs.
 *
 * - `level`: the effective level in the action's lattice (for data: none, read or write).
 * - `reasons`: on allow, the grants that reached the level and the caps that bound it; on deny, the
 *   caps that pulled it below what the action requires and the grants that fell short;
 *   `default.no_grant` only when there was no grant and no cap to name.
 * - `warnings`: facts that change no level, such as an export that will come out empty (A40).
 * - `actor`: for integration runs, the identity every data check was decided as.
 *
 * @example
 * ```ts
 * import { decide, explain } from 'accessgrid'
 * const d = decide(world)(subject, action, resource)
 * if (d.effect === 'deny') console.log(explain(d))
 * ```
 */
export interface Decision {
  readonly effect: Effect
  readonly level: Level
  readonly reasons: readonly Reason[]
  readonly warnings: readonly Reason[]
  readonly actor?: Actor
}

/**
 * What one rule module said about a request.
 *
 * @example
 * ```ts
 * trace(world)(who, action, on).trace[0] // { module: 'tenantRoles', verdicts: [] }
 * ```
 */
export interface TraceEntry {
  readonly module: string
  readonly verdicts: Verdicts
}

/**
 * A decision together with the verdicts of every module with a rule for the action, in policy order.
 *
 * @example
 * ```ts
 * const traced: TracedDecision = trace(world)(who, action, on)
 * traced.trace.map((entry) => entry.module) // every module, in policy order
 * ```
 */
export interface TracedDecision extends Decision {
  readonly trace: readonly TraceEntry[]
}
