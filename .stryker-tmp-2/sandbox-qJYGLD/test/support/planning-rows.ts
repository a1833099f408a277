// @ts-nocheck
import { it } from 'vitest'
import { decideWith, type Action, type ModelInput, type Policy, type Resource, type Settings } from '../../src/index.js'
import { compiled } from './compiled.js'
import { expectOutcome, type Outcome } from './outcome.js'
import { actor, baseModel, planningTenant } from './planning-world.js'

/** One table row: a spec id, a question over a planning world, and the expected effect and reason codes. */
export interface Row extends Outcome {
  readonly id: string
  readonly says: string
  readonly model?: ModelInput
  readonly settings?: Partial<Settings>
  readonly who: string
  readonly action: Action
  readonly on: Resource
}

/** Runs each row as one test, named `<id> <says>`, with the given policy. */
export const runRows = (rows: readonly Row[], policy: Policy): void => {
  for (const row of rows) {
    it(`${row.id} ${row.says}`, () => {
      const world = compiled({ tenant: planningTenant(row.model ?? baseModel) }, row.settings)
      const decision = decideWith(policy)(world)(actor(row.who), row.action, row.on)
      expectOutcome(decision, row)
    })
  }
}
