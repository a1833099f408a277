import { expect } from 'vitest'
import type { Action, Decision, Resource, Subject } from '../../src/index.js'
import { reasonParams } from '../../src/decision/reason-params.js'

/** What a table row expects of a decision: the effect, the reason codes (as a set), and optionally the level and warning codes. */
export interface Outcome {
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
  readonly level?: string
  readonly warnings?: readonly string[]
}

const sortedCodes = (reasons: Decision['reasons']): readonly string[] => reasons.map((r) => r.code).sort()

/** Parameters that may be blank: who an integration's scheduled runs act as when nobody does, or of one not yet created. */
const mayBeBlank: Readonly<Record<string, readonly string[]>> = { 'integration_roles.scheduled_runs_as': ['integration', 'user'] }

const filled = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && (!Array.isArray(value) || value.every(filled))

/**
 * The parameters a decision's reasons and warnings leave blank (`code.name`): every declared parameter
 * of a code must be there, with no empty string, in an array neither.
 */
export const blankParameters = (decision: Decision): readonly string[] => {
  const declared = reasonParams()
  return [...decision.reasons, ...decision.warnings].flatMap((r) => {
    const values: Readonly<Record<string, unknown>> = r
    const names: readonly string[] = declared[r.code]
    return names.filter((name) => !filled(values[name]) && !(mayBeBlank[r.code] ?? []).includes(name)).map((name) => `${r.code}.${name}`)
  })
}

/** Asserts a decision's effect, reason codes and warning codes (none unless listed), its level when the row names one, and that no parameter is blank. */
export const expectOutcome = (decision: Decision, expected: Outcome): void => {
  expect(blankParameters(decision)).toEqual([])
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
