// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { explainFinding, lint } from '../../src/index.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'
import { compiled } from '../support/compiled.js'

const findings = lint(compiled({ tenant: cloudworksTenant }))

describe('lint', () => {
  it('R13 R16 I30 names the alias trap: integration, step, list, and both fixes', () => {
    expect(findings.filter((f) => f.code === 'integration.actor_cannot_read_list' && f.actor === 'internalAlias')).toEqual([
      {
        code: 'integration.actor_cannot_read_list',
        severity: 'warning',
        integration: 'iAliasExport',
        step: 1,
        model: 'm1',
        action: 'eSales',
        list: 'region',
        actor: 'internalAlias',
        visibility: 'none',
        fixes: ['grant_alias_read', 'run_as_user'],
      },
    ])
  })

  it('R10 names user actors that read none or only part of a source list, and not those that read all of it', () => {
    const byUsers = findings.flatMap((f) => (f.code === 'integration.actor_cannot_read_list' && f.actor !== 'internalAlias' ? [[f.integration, f.actor, f.visibility, f.fixes.join('+')]] : []))
    expect(byUsers).toEqual([
      ['iRiuPartial', 'riu', 'partial', 'grant_actor_read+run_as_user'],
      ['iNoRole', 'riuC', 'none', 'grant_actor_read+run_as_user'],
      ['iPlainExport', 'plain', 'none', 'grant_actor_read+run_as_user'],
    ])
  })

  it('A31 lists restricted integrations nobody has run; A6 A32 lists integrations whose run identity is invalid', () => {
    expect(findings.filter((f) => f.code === 'integration.no_last_runner')).toEqual([{ code: 'integration.no_last_runner', severity: 'error', integration: 'iNeverRun' }])
    expect(findings.flatMap((f) => (f.code === 'integration.run_identity_invalid' ? [[f.integration, [...f.reasons].sort().join(',')]] : []))).toEqual([
      ['iStale', 'integration_roles.no_integration_role'],
      ['iStaleOff', 'integration_roles.user_disabled'],
      ['iStaleBoth', 'integration_roles.restricted_object'],
      ['iRunAsGone', 'integration_roles.run_as_not_member'],
      ['iRunAsOff', 'integration_roles.user_disabled'],
    ])
  })

  it('A46 lists users holding both integration roles', () => {
    expect(findings.filter((f) => f.code === 'user.both_integration_roles')).toEqual([{ code: 'user.both_integration_roles', severity: 'warning', user: 'both' }])
  })

  it('words every finding, naming the integration and the list', () => {
    const trap = findings.find((f) => f.code === 'integration.actor_cannot_read_list' && f.actor === 'internalAlias')
    expect(trap && explainFinding(trap)).toMatch(/iAliasExport.*step 1.*Internal \(Full Access\).*region.*empty.*Read on list region.*setRunAs/)
    for (const finding of findings) expect(explainFinding(finding)).toMatch(/\.$/)
  })
})
