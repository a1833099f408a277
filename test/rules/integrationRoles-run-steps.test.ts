// The steps of a run decided as rules (R9, R20, A32, A40, A48): each step as its actor, a denied step
// named with its number, model, action and the codes that denied it; who each step acts as said when any
// step names its own run-as user.
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Decision, type Subject, type TenantInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

/**
 * Workspace w with model m (export eAll from module flat; the alias has an entry): ivy and dan are
 * integration administrators, members of w, ivy an exporter in m, dan disabled; out is one outside w;
 * riu is a restricted integration user of w and an exporter; cy is a member with no role in m.
 */
const tenant: TenantInput = {
  users: [
    { id: 'ia', kind: 'internal', roles: ['integrationAdmin'] },
    { id: 'ivy', kind: 'internal', roles: ['integrationAdmin'] },
    { id: 'dan', kind: 'internal', roles: ['integrationAdmin'], enabled: false },
    { id: 'out', kind: 'internal', roles: ['integrationAdmin'] },
    { id: 'riu', kind: 'internal', restrictedIntegrationWorkspaces: ['w'] },
    { id: 'cy', kind: 'internal' },
  ],
  workspaces: [{ id: 'w', members: ['ia', 'ivy', 'dan', 'riu', 'cy'].map((user) => ({ user })) }],
  models: [
    {
      id: 'm',
      workspace: 'w',
      roles: [{ id: 'exporter', modules: { flat: 'read' }, actions: ['eAll'] }],
      assignments: [{ user: 'ivy', role: 'exporter' }, { user: 'riu', role: 'exporter' }],
      modules: [{ id: 'flat' }],
      actions: [{ id: 'eAll', kind: 'export', source: { module: 'flat' }, target: { file: true } }],
      internalAlias: {},
    },
  ],
  integrations: [
    { id: 'twice', workspace: 'w', restricted: false, createdBy: 'ia', steps: [{ model: 'm', action: 'eAll' }, { model: 'm', action: 'eAll' }] },
    { id: 'split', workspace: 'w', restricted: false, createdBy: 'ia', steps: [{ model: 'm', action: 'eAll' }, { model: 'm', action: 'eAll', runAs: 'ivy' }] },
    { id: 'splitAsRiu', workspace: 'w', restricted: false, createdBy: 'ia', runAs: 'riu', steps: [{ model: 'm', action: 'eAll' }, { model: 'm', action: 'eAll', runAs: 'ivy' }] },
    { id: 'asCy', workspace: 'w', restricted: false, createdBy: 'ia', runAs: 'cy', steps: [{ model: 'm', action: 'eAll' }] },
    { id: 'stepOff', workspace: 'w', restricted: false, createdBy: 'ia', steps: [{ model: 'm', action: 'eAll', runAs: 'dan' }] },
    { id: 'stepOut', workspace: 'w', restricted: false, createdBy: 'ia', steps: [{ model: 'm', action: 'eAll' }, { model: 'm', action: 'eAll', runAs: 'out' }] },
    { id: 'stepRiu', workspace: 'w', restricted: false, createdBy: 'ia', steps: [{ model: 'm', action: 'eAll', runAs: 'riu' }] },
  ],
}
const ask = decide(compiled({ tenant }))
const outcome = (who: Subject, name: string): Pick<Decision, 'effect' | 'level' | 'reasons' | 'warnings'> & { readonly actor: Decision['actor'] } => {
  const { effect, level, reasons, warnings, actor } = ask(who, { type: 'cloudworks.run' }, resource.integration(id.integration(name)))
  return { effect, level, reasons, warnings, actor }
}
const scheduled = (name: string) => ({ code: 'integration_roles.scheduled_run', integration: name })
const runsAs = (name: string, step: number, identity: 'run' | 'stepRunAs', user: string) => ({ code: 'integration_roles.step_runs_as', integration: name, step, identity, user })
const stepDenied = (name: string, step: number, reasons: readonly string[]) => ({ code: 'integration_roles.step_denied', integration: name, step, model: 'm', action: 'eAll', reasons })

describe('cloudworks.run: the steps (R9, R20, A32, A48)', () => {
  it('R9 every step allowed as the alias: the run is allowed, and no step names an actor when none has its own', () => {
    expect(outcome(subject.scheduler, 'twice')).toEqual({ effect: 'allow', level: 'allowed', reasons: [scheduled('twice')], warnings: [], actor: subject.internalAlias })
  })

  it('R20 a step with its own run-as user: every step says who it acts as, the alias as an empty user', () => {
    expect(outcome(subject.scheduler, 'split')).toEqual({
      effect: 'allow', level: 'allowed', reasons: [scheduled('split')], warnings: [runsAs('split', 1, 'run', ''), runsAs('split', 2, 'stepRunAs', 'ivy')], actor: subject.internalAlias,
    })
  })

  it('R20 a run acting as its run-as user names that user for the steps without their own', () => {
    expect(outcome(subject.scheduler, 'splitAsRiu')).toEqual({
      effect: 'allow', level: 'allowed', reasons: [scheduled('splitAsRiu')], warnings: [runsAs('splitAsRiu', 1, 'run', 'riu'), runsAs('splitAsRiu', 2, 'stepRunAs', 'ivy')],
      actor: subject.user(id.user('riu')),
    })
  })

  it('R9 a step its actor may not run denies the run, named with its number, model, action and the codes that denied it', () => {
    expect(outcome(subject.scheduler, 'asCy')).toEqual({
      effect: 'deny', level: 'none', reasons: [stepDenied('asCy', 1, ['model_roles.no_role'])], warnings: [], actor: subject.user(id.user('cy')),
    })
  })

  it('A48 a disabled step user denies the step, named as the step run-as, never falling back to the run actor', () => {
    expect(outcome(subject.scheduler, 'stepOff')).toEqual({
      effect: 'deny', level: 'none',
      reasons: [stepDenied('stepOff', 1, ['integration_roles.user_disabled']), { code: 'integration_roles.user_disabled', user: 'dan', identity: 'stepRunAs' }],
      warnings: [runsAs('stepOff', 1, 'stepRunAs', 'dan')], actor: subject.internalAlias,
    })
  })

  it('A32 a step user outside the workspace denies that step, named with the workspace', () => {
    expect(outcome(subject.scheduler, 'stepOut')).toEqual({
      effect: 'deny', level: 'none',
      reasons: [{ code: 'integration_roles.run_as_not_member', user: 'out', workspace: 'w' }, stepDenied('stepOut', 2, ['integration_roles.run_as_not_member'])],
      warnings: [runsAs('stepOut', 1, 'run', ''), runsAs('stepOut', 2, 'stepRunAs', 'out')], actor: subject.internalAlias,
    })
  })

  it('A32 a step user who may not manage the integration denies that step, named with the object', () => {
    expect(outcome(subject.scheduler, 'stepRiu')).toEqual({
      effect: 'deny', level: 'none',
      reasons: [
        { code: 'integration_roles.non_restricted_object', user: 'riu', object: 'integration', id: 'stepRiu', identity: 'stepRunAs' },
        stepDenied('stepRiu', 1, ['integration_roles.non_restricted_object']),
      ],
      warnings: [runsAs('stepRiu', 1, 'stepRunAs', 'riu')], actor: subject.internalAlias,
    })
  })

  it('R17 a trigger refused by hand is the whole answer: no step is decided', () => {
    expect(outcome(subject.user(id.user('riu')), 'stepOff')).toEqual({
      effect: 'deny', level: 'none',
      reasons: [{ code: 'integration_roles.non_restricted_object', user: 'riu', object: 'integration', id: 'stepOff', identity: 'subject' }],
      warnings: [], actor: subject.internalAlias,
    })
  })
})
