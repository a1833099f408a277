// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subject } from '../../src/index.js'
import { runDecision, runWorld, runWorldPartsArb } from '../support/arbitraries/run-world.js'

describe('I30', () => {
  it('I30 the alias sees an empty export, not an error: the run is allowed and warns that the export is empty', () => {
    fc.assert(
      fc.property(runWorldPartsArb, (parts) => {
        const tenant = runWorld({ ...parts, restricted: false, alias: [], privateExport: false })
        const run = runDecision(tenant, subject.scheduler)
        expect(run.effect).toBe('allow')
        expect(run.warnings.map((w) => w.code)).toContain('selective_access.export_empty')
      }),
      { numRuns: 100 },
    )
  })
})
