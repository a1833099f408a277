import { describe, expect, it } from 'vitest'
import { accessReport, apply, compile, decide, encode, id, reportHtml, resource, subject, type Command, type Decision, type World, type WorldInput } from '../../src/index.js'
import { command, t0 } from '../support/commands.js'
import { compiled } from '../support/compiled.js'

const input: WorldInput = {
  tenant: {
    users: [
      { id: 'tina', kind: 'internal', roles: ['tenantAdmin', 'userAdmin'] },
      { id: 'ivy', kind: 'internal', roles: ['integrationAdmin'] },
      { id: 'ian', kind: 'internal', roles: ['integrationAdmin'] },
      { id: 'rita', kind: 'internal', restrictedIntegrationWorkspaces: ['fin'] },
      { id: 'pat', kind: 'internal' },
    ],
    workspaces: [{ id: 'fin', members: [{ user: 'ivy', admin: true }, { user: 'ian', admin: true }, { user: 'rita' }, { user: 'pat' }] }],
    models: [
      {
        id: 'fp',
        workspace: 'fin',
        lists: [{ id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] }],
        versions: [{ id: 'actual' }],
        modules: [{ id: 'pnl', lists: ['regions'] }],
        actions: [{ id: 'export-pnl', kind: 'export', source: { module: 'pnl' }, target: { file: true } }],
        roles: [{ id: 'analyst', modules: { pnl: 'read' }, versions: { actual: 'read' }, actions: ['export-pnl'] }],
        assignments: [{ user: 'ivy', role: 'fullAccess' }, { user: 'ian', role: 'fullAccess' }, { user: 'rita', role: 'analyst' }],
        internalAlias: { selectiveAccess: [{ list: 'regions', item: 'emea', level: 'read' }] },
      },
    ],
    integrations: [
      { id: 'nightly', workspace: 'fin', restricted: false, createdBy: 'ivy', steps: [{ model: 'fp', action: 'export-pnl' }, { model: 'fp', action: 'export-pnl' }] },
      { id: 'rita-sync', workspace: 'fin', restricted: true, createdBy: 'rita', lastRunBy: 'rita', steps: [{ model: 'fp', action: 'export-pnl' }] },
    ],
  },
}
const world: World = compiled(input)
const nightly = resource.integration(id.integration('nightly'))
const stepRunAs = (actor: string, step: number, user: string | null, target = nightly, minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'cloudworks.setStepRunAs', step, user: user === null ? null : id.user(user) },
  resource: target,
  at: t0 + minute * 60_000,
  tiebreak: minute,
})
const applied = (w: World, c: Command): World => {
  const r = apply(w, c)
  if (r._tag === 'Left') throw new Error(r.left.reasons.map((x) => x.code).join())
  return r.right.world
}
const codes = (r: ReturnType<typeof apply>) => (r._tag === 'Left' ? r.left.reasons.map((x) => x.code) : ['applied'])
const scheduled = (w: World): Decision => decide(w)(subject.scheduler, { type: 'cloudworks.run' }, nightly)
const stepsSaid = (d: Decision) => d.warnings.filter((w) => w.code === 'integration_roles.step_runs_as')
const withIan = applied(world, stepRunAs('ian', 2, 'ian'))

describe('cloudworks.setStepRunAs: a step runs as its own user (seed 002, long term B, A32)', () => {
  it('A32 an integration administrator names themselves for one step; encode → compile keeps it', () => {
    expect(codes(apply(world, stepRunAs('ian', 2, 'ian')))).toEqual(['applied'])
    expect(encode(withIan).tenant?.integrations?.[0]?.steps).toEqual([{ model: 'fp', action: 'export-pnl' }, { model: 'fp', action: 'export-pnl', runAs: 'ian' }])
    const again = compile(JSON.parse(JSON.stringify(encode(withIan))))
    expect(again._tag === 'Right' ? encode(again.right) : again.left).toEqual(encode(withIan))
  })

  it('each step is decided as its own actor, and the run names every step\'s actor', () => {
    const before = scheduled(world)
    expect(stepsSaid(before)).toEqual([])
    expect(before.warnings.map((w) => w.code)).toContain('selective_access.export_partial')
    const after = scheduled(withIan)
    expect(after.effect).toBe('allow')
    expect(after.actor).toEqual(subject.internalAlias)
    expect(stepsSaid(after)).toEqual([
      { code: 'integration_roles.step_runs_as', integration: 'nightly', step: 1, identity: 'run', user: '' },
      { code: 'integration_roles.step_runs_as', integration: 'nightly', step: 2, identity: 'stepRunAs', user: 'ian' },
    ])
  })

  it('the access report lists each step with the user it runs as', () => {
    const report = accessReport(withIan)
    expect(report.integrations.find((i) => i.id === 'nightly')?.steps).toEqual([{ model: 'fp', action: 'export-pnl' }, { model: 'fp', action: 'export-pnl', runAs: 'ian' }])
    expect(reportHtml(report, { title: 'fin' })).toContain('<code>fp/export-pnl</code> as <code>ian</code>')
  })

  it.each([
    ['someone else than the named user', 'ivy', 2, 'ian', ['integration_roles.run_as_not_self']],
    ['a user who holds no integration role', 'pat', 1, 'pat', ['integration_roles.no_integration_role']],
    ['a restricted integration user, on an administrator\'s integration (I27)', 'rita', 1, 'rita', ['integration_roles.non_restricted_object']],
    ['a step the integration does not have', 'ian', 3, 'ian', ['integration_roles.unknown_step']],
    ['the named user clearing it (only a tenant administrator clears, A32)', 'ian', 2, null, ['integration_roles.run_as_clear_needs_tenant_admin']],
  ] as const)('denied: %s', (_title, actor, step, user, expected) => {
    const r = apply(withIan, stepRunAs(actor, step, user))
    expect(codes(r)).toEqual(expected)
  })

  it('a restricted integration takes no step run-as: it runs every step as its restricted integration user (F23, R11)', () => {
    const r = apply(world, stepRunAs('rita', 1, 'rita', resource.integration(id.integration('rita-sync'))))
    expect(codes(r)).toEqual(['integration_roles.step_run_as_restricted'])
  })

  it('A32 a tenant administrator clears it, and the step runs as the run\'s actor again', () => {
    const cleared = applied(withIan, stepRunAs('tina', 2, null, nightly, 1))
    expect(encode(cleared).tenant?.integrations?.[0]?.steps?.[1]).toEqual({ model: 'fp', action: 'export-pnl' })
    expect(stepsSaid(scheduled(cleared))).toEqual([])
  })

  it.each([
    ['disabled', { type: 'tenant.setAccountStatus', enabled: false } as const, ['integration_roles.user_disabled']],
    ['no longer an integration administrator', { type: 'tenant.unassignRole', role: 'integrationAdmin' } as const, ['integration_roles.no_integration_role']],
    ['removed from the workspace', { type: 'workspace.removeUser', workspace: id.workspace('fin'), via: 'administration' } as const, ['integration_roles.run_as_not_member']],
  ])('A32, A48 a step run-as user %s at run time denies the step and the run: never the run\'s actor or the alias instead', (_title, action, expected) => {
    const changed = applied(withIan, command('tina', action, resource.user(id.user('ian')), 1))
    const run = scheduled(changed)
    expect(run.effect).toBe('deny')
    expect(run.reasons.map((r) => r.code)).toEqual(expect.arrayContaining([...expected, 'integration_roles.step_denied']))
    expect(run.reasons.find((r) => r.code === 'integration_roles.step_denied')).toMatchObject({ step: 2 })
  })
})

describe('compile checks a step\'s runAs', () => {
  const withSteps = (restricted: boolean, runAs: string): unknown => ({
    tenant: { ...input.tenant, integrations: [{ id: 'x', workspace: 'fin', restricted, createdBy: restricted ? 'rita' : 'ivy', steps: [{ model: 'fp', action: 'export-pnl', runAs }] }] },
  })
  const errors = (u: unknown) => {
    const r = compile(u)
    return r._tag === 'Left' ? r.left.map((e) => [e.code, e.path]) : []
  }
  it('an unknown user is a dangling reference at the step', () => {
    expect(errors(withSteps(false, 'ghost'))).toEqual([['dangling_reference', 'tenant.integrations[0].steps[0].runAs']])
  })
  it('a run-as on a step of a restricted integration is an invalid value', () => {
    expect(errors(withSteps(true, 'rita'))).toEqual([['invalid_value', 'tenant.integrations[0].steps[0].runAs']])
  })
})
