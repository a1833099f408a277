import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subject } from '../../src/index.js'
import { userActor, directOutcome, runDecision, runWorld, runWorldPartsArb, stepDecision, stepOutcome } from '../support/arbitraries/run-world.js'

describe('I31', () => {
  it("I31 the last runner's permissions apply: a scheduled run of a restricted integration made by RIU a and last run by RIU b decides its steps as b", () => {
    fc.assert(
      fc.property(runWorldPartsArb, (parts) => {
        const tenant = runWorld({ ...parts, restricted: true, createdBy: 'a', lastRunBy: 'b' })
        const run = runDecision(tenant, subject.scheduler)
        expect(run.actor).toEqual(userActor('b'))
        expect(stepOutcome(run)).toEqual(directOutcome(stepDecision(tenant, userActor('b'))))
      }),
      { numRuns: 200 },
    )
  })
})
