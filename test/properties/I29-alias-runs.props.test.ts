import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subject } from '../../src/index.js'
import { as, directOutcome, runDecision, runWorld, runWorldPartsArb, stepDecision, stepOutcome } from '../arbitraries/run-world.js'

describe('I29', () => {
  it("I29 non-restricted runs use the alias: whoever created or triggered it, the steps are the alias's decisions, and the creator's own grants change nothing", () => {
    fc.assert(
      fc.property(runWorldPartsArb, fc.constantFrom(subject.scheduler, as('ia')), (parts, trigger) => {
        const tenant = runWorld({ ...parts, restricted: false })
        const run = runDecision(tenant, trigger)
        expect(run.actor).toEqual(subject.internalAlias)
        expect(stepOutcome(run)).toEqual(directOutcome(stepDecision(tenant, subject.internalAlias)))
        const withoutCreatorGrants = runWorld({ ...parts, restricted: false, grants: { ...parts.grants, [parts.createdBy]: [] } })
        expect(runDecision(withoutCreatorGrants, trigger)).toEqual(run)
      }),
      { numRuns: 200 },
    )
  })
})
