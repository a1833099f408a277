// cloudworks.setStepRunAs decided as a rule (A32 per step, F23, R20), every reason with its parameters:
// the integration and step, the steps it has, who asked and whom they named.
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Decision, type Subject } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'

const ask = decide(compiled({ tenant: cloudworksTenant }))
const setStepRunAs = (who: Subject, name: string, step: number, named: string | null): Pick<Decision, 'effect' | 'level' | 'reasons' | 'warnings'> => {
  const { effect, level, reasons, warnings } = ask(who, { type: 'cloudworks.setStepRunAs', step, user: named === null ? null : id.user(named) }, resource.integration(id.integration(name)))
  return { effect, level, reasons, warnings }
}
const user = (name: string): Subject => subject.user(id.user(name))
const allowed = (reason: object) => ({ effect: 'allow', level: 'allowed', reasons: [reason], warnings: [] })
const denied = (...reasons: readonly object[]) => ({ effect: 'deny', level: 'none', reasons, warnings: [] })
const restricted = { code: 'integration_roles.step_run_as_restricted', integration: 'iRiuExport' } as const
const unknownStep = (name: string, step: number) => ({ code: 'integration_roles.unknown_step', integration: name, step, steps: 1 })

// iAliasExport: an integration administrator's integration with one step; iRiuExport: a restricted one with one step.
describe('cloudworks.setStepRunAs (A32, F23)', () => {
  it.each([
    ['A32 an IA names themselves for a step, named with integration, step and user', 'ia', 'iAliasExport', 1, 'ia',
      allowed({ code: 'integration_roles.step_run_as_self', integration: 'iAliasExport', step: 1, user: 'ia' })],
    ['A32 a step the integration lacks, named with the steps it has', 'ia', 'iAliasExport', 2, 'ia', denied(unknownStep('iAliasExport', 2))],
    ['A32 nobody names someone else, both named', 'ia', 'iAliasExport', 1, 'riu', denied({ code: 'integration_roles.run_as_not_self', user: 'ia', named: 'riu' })],
    ['F21 an RIU does not act in an IA\'s integration, the integration named', 'riu', 'iAliasExport', 1, 'riu',
      denied({ code: 'integration_roles.non_restricted_object', user: 'riu', object: 'integration', id: 'iAliasExport', identity: 'subject' })],
    ['F23 a restricted integration takes no step run-as, named', 'riu', 'iRiuExport', 1, 'riu', denied(restricted)],
    ['every refusal at once', 'riu', 'iRiuExport', 5, 'ia',
      denied({ code: 'integration_roles.run_as_not_self', user: 'riu', named: 'ia' }, restricted, unknownStep('iRiuExport', 5))],
    ['A32 a tenant administrator clears a step, named with integration, step and user', 'tadmin', 'iAliasExport', 1, null,
      allowed({ code: 'integration_roles.step_run_as_cleared_by_tenant_admin', integration: 'iAliasExport', step: 1, user: 'tadmin' })],
    ['A32 nobody else clears it', 'ia', 'iAliasExport', 1, null, denied({ code: 'integration_roles.run_as_clear_needs_tenant_admin', user: 'ia', integration: 'iAliasExport' })],
    ['A32 a tenant administrator clears no step the integration lacks', 'tadmin', 'iAliasExport', 3, null, denied(unknownStep('iAliasExport', 3))],
    ['F23 nor a step of a restricted integration', 'tadmin', 'iRiuExport', 1, null, denied(restricted)],
    ['an unknown integration, by id', 'ia', 'nope', 1, 'ia', denied({ code: 'request.unknown_id', kind: 'integration', id: 'nope' })],
    ['an unknown requester, by id', 'ghost', 'iAliasExport', 1, 'ghost', denied({ code: 'request.unknown_id', kind: 'user', id: 'ghost' })],
  ] as const)('%s', (_title, who, name, step, named, expected) => {
    expect(setStepRunAs(user(who), name, step, named)).toEqual(expected)
  })

  it('a subject that is not a user is named, with the action', () => {
    expect(setStepRunAs(subject.scheduler, 'iAliasExport', 1, null)).toEqual(denied({ code: 'request.subject_not_supported', subject: 'scheduler', action: 'cloudworks.setStepRunAs' }))
  })
})
