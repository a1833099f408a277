import { expect, it } from 'vitest'
import { decideWith, type Action, type ModelInput, type Policy, type Resource, type Settings } from '../../src/index.js'
import { actor, baseModel, codes, compiled, planningTenant, warningCodes } from './planning-world.js'

/** One table row: a spec id, a question over a planning world, and the expected effect and reason codes. */
export interface Row {
  readonly id: string
  readonly says: string
  readonly model?: ModelInput
  readonly settings?: Partial<Settings>
  readonly who: string
  readonly action: Action
  readonly on: Resource
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
  readonly level?: string
  readonly warnings?: readonly string[]
}

/** Runs each row as one test, named `<id> <says>`, with the given policy. */
export const runRows = (rows: readonly Row[], policy: Policy): void => {
  for (const row of rows) {
    it(`${row.id} ${row.says}`, () => {
      const world = compiled({ tenant: planningTenant(row.model ?? baseModel) }, row.settings)
      const decision = decideWith(policy)(world)(actor(row.who), row.action, row.on)
      expect(decision.effect).toBe(row.effect)
      expect(codes(decision)).toEqual([...row.reasons].sort())
      if (row.level !== undefined) expect(decision.level).toBe(row.level)
      expect(warningCodes(decision)).toEqual([...(row.warnings ?? [])].sort())
    })
  }
}
