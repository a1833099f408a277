// @ts-nocheck
import { expect } from 'vitest'
import type { Action, Decision, Resource, Subject } from '../../src/index.js'

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

/** A table row over named worlds: a spec id, what it says, the question (the resource defaults per table) and the expected outcome. */
export interface DecisionRow<World extends string> extends Outcome {
  readonly id: string
  readonly says: string
  readonly world?: World
  readonly subject: Subject
  readonly action: Action
  readonly resource?: Resource
}
