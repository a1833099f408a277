// @ts-nocheck
import type { Decision } from '../decision/decision.js'

const actorKey = (decision: Decision): string =>
  decision.actor === undefined ? '' : decision.actor.kind === 'user' ? `user:${decision.actor.id}` : decision.actor.kind

/**
 * Whether two decisions answer differently: effect, level, the actor a run resolved, or warnings.
 * Reasons alone do not make a change (a decision may keep its answer for a new reason).
 *
 * @example
 * ```ts
 * answersDiffer(decideBefore(s, a, r), decideAfter(s, a, r))
 * ```
 */
export const answersDiffer = (a: Decision, b: Decision): boolean =>
  a.effect !== b.effect || a.level !== b.level || actorKey(a) !== actorKey(b) || JSON.stringify(a.warnings) !== JSON.stringify(b.warnings)
