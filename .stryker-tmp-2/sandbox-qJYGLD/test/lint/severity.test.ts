// @ts-nocheck
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, findingSeverities, type Finding } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'

/** The severity column of the lint table (section Lint) in docs/modules/run-identity.md, by code. */
const documented = new Map(
  [...(readFileSync(new URL('../../docs/modules/run-identity.md', import.meta.url), 'utf8').split('\n## Lint\n')[1]?.split('\n## ')[0] ?? '').matchAll(/^\| `([\w.]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]),
)

describe('lint severities', () => {
  it('every finding code has exactly the severity the lint table documents', () => {
    expect(Object.fromEntries(documented)).toEqual(findingSeverities)
  })

  it('every finding lint returns carries the severity of its code', () => {
    const findings: readonly Finding[] = lint(compiled({ tenant: cloudworksTenant }))
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(3)
    for (const finding of findings) expect([finding.code, finding.severity]).toEqual([finding.code, documented.get(finding.code)])
  })
})
