import { expect } from 'vitest'
import type { Decision } from '../../src/index.js'

/** What a table row expects of a decision: the effect, the reason codes (as a set), and optionally the level and warning codes. */
export interface Outcome {
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
  readonly level?: string
  readonly warnings?: readonly string[]
}

const sortedCodes = (reasons: Decision['reasons']): readonly string[] => reasons.map((r) => r.code).sort()

/** Asserts a decision's effect, reason codes and warning codes (none unless listed), and its level when the row names one. */
export const expectOutcome = (decision: Decision, expected: Outcome): void => {
  expect(decision.effect).toBe(expected.effect)
  expect(sortedCodes(decision.reasons)).toEqual([...expected.reasons].sort())
  if (expected.level !== undefined) expect(decision.level).toBe(expected.level)
  expect(sortedCodes(decision.warnings)).toEqual([...(expected.warnings ?? [])].sort())
}
