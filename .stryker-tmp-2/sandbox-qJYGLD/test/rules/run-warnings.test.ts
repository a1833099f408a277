// @ts-nocheck
// A40 warnings say what a run will do (an export that comes out empty): an allowed decision carries them
// with their parameters, a denied one, where nothing runs, carries none (cloudworks.run and modelAction.run).
import { describe, expect, it } from 'vitest'
import { id, resource, subject, type TenantInput } from '../../src/index.js'
import { cloudworksTenant, deciders } from '../support/fixtures/cloudworks.js'

/** The alias-trap export (step 1: allowed, empty) followed by a step on a model without an alias entry (denied, A33). */
const tenant: TenantInput = {
  ...cloudworksTenant,
  integrations: [
    ...(cloudworksTenant.integrations ?? []),
    { id: 'iTrapThenDenied', workspace: 'ws1', restricted: false, createdBy: 'ia', steps: [{ model: 'm1', action: 'eSales' }, { model: 'm2', action: 'eAll' }] },
  ],
}
const { decide } = deciders(tenant)
const run = { type: 'cloudworks.run' } as const
const integration = (name: string) => resource.integration(id.integration(name))
const exportSales = resource.modelAction(id.model('m1'), id.modelAction('eSales'))
const emptySales = { code: 'selective_access.export_empty', action: 'eSales', model: 'm1', list: 'region' }

describe('cloudworks.run: step warnings only on an allowed run (A40, I30)', () => {
  it('an allowed run carries its step’s warning with the action, model and list', () => {
    const decision = decide(subject.scheduler, run, integration('iAliasExport'))
    expect(decision.effect).toBe('allow')
    expect(decision.warnings).toEqual([emptySales])
  })

  it('a run denied at a later step names that step and carries no warning of the earlier one', () => {
    const decision = decide(subject.scheduler, run, integration('iTrapThenDenied'))
    expect(decision.effect).toBe('deny')
    expect(decision.reasons).toEqual([
      { code: 'integration_roles.step_denied', integration: 'iTrapThenDenied', step: 2, model: 'm2', action: 'eAll', reasons: ['model_roles.internal_alias_absent'] },
    ])
    expect(decision.warnings).toEqual([])
  })
})

describe('modelAction.run: export warnings only on an allowed run (A40)', () => {
  const action = { type: 'modelAction.run' } as const

  it('a user whose role runs the export, reading no item of its source list, is warned with the parameters', () => {
    const decision = decide(subject.user(id.user('plain')), action, exportSales)
    expect(decision.effect).toBe('allow')
    expect(decision.warnings).toEqual([emptySales])
  })

  it('a user whose role may not run it, reading no item either, is denied without the warning', () => {
    const decision = decide(subject.user(id.user('riuC')), action, exportSales)
    expect(decision.effect).toBe('deny')
    expect(decision.warnings).toEqual([])
  })
})
