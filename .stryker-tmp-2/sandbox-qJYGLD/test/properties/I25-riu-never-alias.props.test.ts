// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subject } from '../../src/index.js'
import { userActor, runDecision, runWorld, runWorldPartsArb } from '../support/arbitraries/run-world.js'

const allRead = ['i0', 'i1', 'i2', 'i3'].map((item) => ({ list: 'region', item, level: 'read' as const }))

describe('I25', () => {
  it("I25 an RIU never falls back to Internal (Full Access): (a) changing the alias's grants changes no outcome of an RIU run", () => {
    fc.assert(
      fc.property(runWorldPartsArb, runWorldPartsArb, fc.constantFrom(subject.scheduler, userActor('a'), userActor('b')), (parts, other, trigger) => {
        const base = { ...parts, restricted: true }
        expect(runDecision(runWorld({ ...base, alias: other.alias }), trigger)).toEqual(runDecision(runWorld(base), trigger))
      }),
      { numRuns: 200 },
    )
  })

  it('I25 (b) an RIU without selective-access read on the source list sees none of it, even when the alias has read on all of it', () => {
    fc.assert(
      fc.property(runWorldPartsArb, (parts) => {
        const tenant = runWorld({ ...parts, restricted: true, lastRunBy: 'b', roles: { ...parts.roles, b: 'exporter' }, grants: { ...parts.grants, b: [] }, alias: allRead })
        const run = runDecision(tenant, subject.scheduler)
        expect(run.warnings.map((w) => w.code)).toContain('selective_access.export_empty')
      }),
      { numRuns: 100 },
    )
  })
})
