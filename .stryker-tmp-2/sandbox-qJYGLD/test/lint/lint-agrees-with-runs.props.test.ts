// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint, subject } from '../../src/index.js'
import { runDecision, runWorld, runWorldPartsArb } from '../support/arbitraries/run-world.js'
import { compiled } from '../support/compiled.js'

const visibilityWarning = { none: 'selective_access.export_empty', partial: 'selective_access.export_partial' } as const

describe('lint and runs agree', () => {
  it('I30 A40 the lint names an unreadable source list exactly when the scheduled run, allowed, warns about it; a denied run warns of nothing', () => {
    fc.assert(
      fc.property(runWorldPartsArb, (parts) => {
        const tenant = runWorld(parts)
        const run = runDecision(tenant, subject.scheduler)
        const findings = lint(compiled({ tenant }))
        const fromLint = findings.flatMap((f) => (f.code === 'integration.actor_cannot_read_list' ? [visibilityWarning[f.visibility]] : []))
        // A40 warnings say what a run does: a denied run, where nothing runs, carries none.
        expect(run.warnings.map((w) => w.code)).toEqual(run.effect === 'allow' ? fromLint : [])
        expect(findings.some((f) => f.code === 'integration.no_last_runner')).toBe(parts.restricted && parts.lastRunBy === undefined)
      }),
      { numRuns: 200 },
    )
  })
})
