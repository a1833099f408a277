// Tenant roles: whole reasons with their parameters, and the boundaries of each validation (a test on
// codes alone, or on one side of a condition, lets a mutated rule through).
import { describe, expect, it } from 'vitest'
import { decide, decideWith, id, modules, policy, resource, ruleModule, subject, trace, type Action, type Decision, type Resource, type TenantInput } from '../../src/index.js'
import { acme } from '../support/fixtures/acme.js'
import { compiled } from '../support/compiled.js'
import { member, model, tenant, user, workspace } from '../support/tenant-world.js'

const on = (u: string): Resource => resource.user(id.user(u))
const status = (enabled: boolean): Action => ({ type: 'tenant.setAccountStatus', enabled })
const create = (email: string): Action => ({ type: 'tenant.createInternalUser', user: id.user('newbie'), email, workspaces: [id.workspace('sales')] })
const held = (role: string, who: string) => ({ code: 'tenant_roles.role_held', role, user: who })

const ask = (world: TenantInput, who: string, action: Action, on: Resource): Pick<Decision, 'effect' | 'reasons'> => {
  const { effect, reasons } = decide(compiled({ tenant: world }))(subject.user(id.user(who)), action, on)
  return { effect, reasons }
}

/** tina, the only enabled tenant admin (tom is disabled); uma, a user admin; mia, nobody in particular. */
const lastAdmin = tenant([user('tina', { roles: ['tenantAdmin', 'auditor'] }), user('tom', { roles: ['tenantAdmin'], enabled: false }), user('uma', { roles: ['userAdmin'] }), user('mia')], [])
/** No enabled tenant admin at all: tom is the only one, disabled. */
const noEnabledAdmin = tenant([user('tom', { roles: ['tenantAdmin'], enabled: false }), user('uma', { roles: ['userAdmin'] }), user('mia')], [])

describe('tenant roles: F7, the last enabled tenant admin, on both sides', () => {
  it.each([
    ['F7 enabling the last enabled tenant admin again is no disabling', lastAdmin, 'tina', status(true), on('tina'), { effect: 'allow', reasons: [held('tenantAdmin', 'tina')] }],
    ['F7 a tenant admin disables another enabled one', acme(), 'tina', status(false), on('tom'), { effect: 'allow', reasons: [held('tenantAdmin', 'tina')] }],
    ['F7 disabling a tenant admin who is already disabled leaves the enabled ones as they are', noEnabledAdmin, 'uma', status(false), on('tom'), { effect: 'allow', reasons: [held('userAdmin', 'uma')] }],
    ['F7 F8 disabling a user who is no tenant admin, with no enabled tenant admin', noEnabledAdmin, 'uma', status(false), on('mia'), { effect: 'allow', reasons: [held('userAdmin', 'uma')] }],
    ['F7 the last enabled tenant admin, named', lastAdmin, 'tina', status(false), on('tina'), { effect: 'deny', reasons: [{ code: 'tenant_roles.last_tenant_admin', user: 'tina' }] }],
    ['F7 I20 another role may be taken from the last tenant admin', lastAdmin, 'tina', { type: 'tenant.unassignRole', role: 'auditor' }, on('tina'), { effect: 'allow', reasons: [held('tenantAdmin', 'tina')] }],
  ] as const)('%s', (_, world, who, action, target, expected) => {
    expect(ask(world, who, action, target)).toEqual(expected)
  })
})

describe('tenant roles: unknown ids, by kind and id', () => {
  const unknownUser = { effect: 'deny', reasons: [{ code: 'request.unknown_id', kind: 'user', id: 'ghost' }] }
  it.each<readonly [string, string, Action]>([
    ['assigning a role to an unknown user', 'tina', { type: 'tenant.assignRole', role: 'auditor' }],
    ['taking a role from an unknown user', 'tina', { type: 'tenant.unassignRole', role: 'auditor' }],
    ['disabling an unknown user', 'uma', status(false)],
    ['an SSO exception for an unknown user', 'sec', { type: 'tenant.setSsoException', workspace: id.workspace('sales'), on: true }],
  ])('%s', (_, who, action) => {
    expect(ask(acme(), who, action, on('ghost'))).toEqual(unknownUser)
  })

  it('F15 an SSO exception in an unknown workspace', () => {
    expect(ask(acme(), 'sec', { type: 'tenant.setSsoException', workspace: id.workspace('nowhere'), on: true }, on('mia'))).toEqual({
      effect: 'deny',
      reasons: [{ code: 'request.unknown_id', kind: 'workspace', id: 'nowhere' }],
    })
  })
})

describe('tenant roles: who may set an SSO exception (F14)', () => {
  it('a member who is neither security admin nor WSA is told the role required', () => {
    expect(ask(acme(), 'mia', { type: 'tenant.setSsoException', workspace: id.workspace('sales'), on: true }, on('nora'))).toEqual({
      effect: 'deny',
      reasons: [{ code: 'tenant_roles.role_required', action: 'tenant.setSsoException', roles: ['securityAdmin'] }],
    })
  })
})

describe('tenant roles: F9, an email address at its limits', () => {
  const wellFormed = { effect: 'allow', reasons: [held('userAdmin', 'uma')] }
  const notWellFormed = (email: string) => ({ effect: 'deny', reasons: [{ code: 'tenant_roles.invalid_email', email, problem: 'not well formed' }] })
  it.each([
    ['exactly 60 characters', `${'a'.repeat(47)}@acme.example`, wellFormed],
    ['a domain of several labels', 'newbie@mail.acme.example', wellFormed],
    ['a space before the local part', 'new bie@acme.example', notWellFormed('new bie@acme.example')],
    ['something after the domain', 'newbie@acme.example x', notWellFormed('newbie@acme.example x')],
  ] as const)('%s', (_, email, expected) => {
    expect(ask(acme(), 'uma', create(email), resource.tenant)).toEqual(expected)
  })

  it('the address at the limit is 60 characters long', () => {
    expect(`${'a'.repeat(47)}@acme.example`).toHaveLength(60)
  })
})

describe('tenant roles: F12, Page Builder needs access to a model', () => {
  const denied = (who: string) => ({ effect: 'deny', reasons: [{ code: 'tenant_roles.page_builder_requires_model_access', user: who }] })
  const world = tenant(
    [user('tina', { roles: ['tenantAdmin'] }), user('stray'), user('seated')],
    [workspace('sales', member('seated'))],
    [model('fp', 'sales', { stray: 'fullAccess' })],
  )
  it('a model role without membership of its workspace is no access (R6)', () => {
    expect(ask(world, 'tina', { type: 'tenant.assignRole', role: 'pageBuilder' }, on('stray'))).toEqual(denied('stray'))
  })
  it('membership without a model role is no access', () => {
    expect(ask(world, 'tina', { type: 'tenant.assignRole', role: 'pageBuilder' }, on('seated'))).toEqual(denied('seated'))
  })
})

describe('tenant roles: the module', () => {
  it('the trace names the module', () => {
    const traced = trace(compiled({ tenant: acme() }))(subject.user(id.user('tina')), { type: 'tenant.viewDirectory' }, resource.tenant)
    expect(traced.trace.map((entry) => entry.module)).toContain('tenantRoles')
  })
})

describe('tenant roles: A46, the IA-and-RIU warning only for the two integration roles', () => {
  const world = tenant([user('tina', { roles: ['tenantAdmin'] }), user('ian', { roles: ['integrationAdmin'] }), user('rex', { restrictedIntegrationWorkspaces: ['sales'] })], [{ id: 'sales' }])
  it.each([
    ['another role for an RIU', 'rex'],
    ['another role for an IA', 'ian'],
  ])('%s: no warning', (_, who) => {
    const { effect, warnings } = decide(compiled({ tenant: world }))(subject.user(id.user('tina')), { type: 'tenant.assignRole', role: 'auditor' }, on(who))
    expect({ effect, warnings }).toEqual({ effect: 'allow', warnings: [] })
  })
})

describe('tenant roles: F5 F8, a disabled actor other than the subject', () => {
  // A policy may resolve the actor of an act to another user (as integration runs do): the cap names the
  // disabled actor, and a disabled subject acting as itself is named once.
  const actingAs = (actor: string) =>
    decideWith(policy([ruleModule('actingAs', {}, { 'model.open': () => ({ tag: 'actor', actor: subject.user(id.user(actor)), verdicts: [] }) }), modules.tenantRoles]))(
      compiled({ tenant: acme() }),
    )
  const open = (decider: ReturnType<typeof actingAs>, who: string) => {
    const { effect, reasons } = decider(subject.user(id.user(who)), { type: 'model.open' }, resource.model(id.model('fp')))
    return { effect, reasons }
  }
  it('an enabled subject whose actor is disabled: the actor is named', () => {
    expect(open(actingAs('dis'), 'mia')).toEqual({ effect: 'deny', reasons: [{ code: 'tenant_roles.account_disabled', user: 'dis' }] })
  })
  it('a disabled subject acting as an enabled user: the subject is named', () => {
    expect(open(actingAs('mia'), 'dis')).toEqual({ effect: 'deny', reasons: [{ code: 'tenant_roles.account_disabled', user: 'dis' }] })
  })
})

describe('tenant roles alone: who acts on the tenant (the acting user)', () => {
  const tenantOnly = decideWith(policy([modules.tenantRoles]))
  const view: Action = { type: 'tenant.viewDirectory' }
  const reasonsOf = (input: Parameters<typeof compiled>[0], who: Parameters<ReturnType<typeof tenantOnly>>[0]) => tenantOnly(compiled(input))(who, view, resource.tenant).reasons
  it('a world without a tenant names the tenant', () => {
    expect(reasonsOf({}, subject.user(id.user('tina')))).toEqual([{ code: 'request.unknown_id', kind: 'tenant', id: 'tenant' }])
  })
  it('an unknown user, by id', () => {
    expect(reasonsOf({ tenant: acme() }, subject.user(id.user('ghost')))).toEqual([{ code: 'request.unknown_id', kind: 'user', id: 'ghost' }])
  })
  it('a subject that is not a user, with the action', () => {
    expect(reasonsOf({ tenant: acme() }, subject.scheduler)).toEqual([{ code: 'request.subject_not_supported', subject: 'scheduler', action: 'tenant.viewDirectory' }])
  })
})
