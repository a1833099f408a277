// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subject } from '../../src/index.js'
import { userActor, directOutcome, runDecision, runWorld, runWorldPartsArb, stepDecision, stepOutcome } from '../support/arbitraries/run-world.js'

describe('I29', () => {
  it("I29 non-restricted runs use the alias: whoever created or triggered it, the steps are the alias's decisions, and the creator's own grants change nothing", () => {
    fc.assert(
      fc.property(runWorldPartsArb, fc.constantFrom(subject.scheduler, userActor('ia')), (parts, trigger) => {
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

  it("I29 removing the alias's selective-access read empties the export rather than failing the run", () => {
    const allRead = ['i0', 'i1', 'i2', 'i3'].map((item) => ({ list: 'region', item, level: 'read' as const }))
    fc.assert(
      fc.property(runWorldPartsArb, (parts) => {
        const readable = runDecision(runWorld({ ...parts, restricted: false, alias: allRead }), subject.scheduler)
        const removed = runDecision(runWorld({ ...parts, restricted: false, alias: [] }), subject.scheduler)
        expect(removed.effect).toBe(readable.effect)
        if (removed.effect === 'allow') expect(removed.warnings.map((w) => w.code)).toContain('selective_access.export_empty')
      }),
      { numRuns: 100 },
    )
  })
})
