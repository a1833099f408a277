// Integration roles: whole reasons and warnings, parameters included (F18–F26, R11, R18, R20, A31, A32,
// A44, A48): which object and whose scope a cap names, the run identity that was rejected, and unknown
// ids by kind and id. A test on codes alone lets a blanked or swapped parameter through.
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action, type Decision, type Resource, type Subject, type TenantInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'

/** The CloudWorks fixture with a user outside ws1 who is disabled too, run-as on them, and a connection named like an integration. */
const tenant: TenantInput = {
  ...cloudworksTenant,
  connections: [...(cloudworksTenant.connections ?? []), { id: 'iOpen', workspace: 'ws1', restricted: false, createdBy: 'ia' }],
  users: [...cloudworksTenant.users, { id: 'gone', kind: 'internal', enabled: false, roles: ['integrationAdmin'] }],
  integrations: [...(cloudworksTenant.integrations ?? []), { id: 'iRunAsGoneOff', workspace: 'ws1', restricted: false, createdBy: 'ia', runAs: 'gone' }],
}
const deciders = { tenant: decide(compiled({ tenant })), none: decide(compiled({})) }
type Outcome = Pick<Decision, 'effect' | 'level' | 'reasons' | 'warnings'> & { readonly actor?: Decision['actor'] }
const ask = (who: Subject, action: Action, on: Resource, world: keyof typeof deciders = 'tenant'): Outcome => {
  const { effect, level, reasons, warnings, actor } = deciders[world](who, action, on)
  return actor === undefined ? { effect, level, reasons, warnings } : { effect, level, reasons, warnings, actor }
}
const user = (name: string): Subject => subject.user(id.user(name))
const integration = (name: string): Resource => resource.integration(id.integration(name))
const connection = (name: string): Resource => resource.cloudworksConnection(id.connection(name))
const ws = (name: string): Resource => resource.workspace(id.workspace(name))
const create = (object: 'connection' | 'integration'): Action => ({ type: 'cloudworks.create', object })
const read: Action = { type: 'cloudworks.manage', operation: 'read' }
const run: Action = { type: 'cloudworks.run' }
const setRunAs = (name: string | null): Action => ({ type: 'cloudworks.setRunAs', user: name === null ? null : id.user(name) })
const denied = (...reasons: readonly object[]) => ({ effect: 'deny', level: 'none', reasons, warnings: [] })
const unknown = (kind: string, name: string) => ({ code: 'request.unknown_id', kind, id: name })
const scheduledRunsAs = (name: string, identity: string, who: string) => ({ code: 'integration_roles.scheduled_runs_as', integration: name, identity, user: who })

describe('cloudworks.create (F18, F25, R18, A30, A44)', () => {
  it.each([
    ['F18 an IA creates an integration anywhere, told it runs as the alias', 'ia', 'integration', 'ws2', {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.integration_admin', user: 'ia', workspace: 'ws2' }], warnings: [scheduledRunsAs('', 'internalAlias', '')],
    }],
    ['F18 an IA creates a connection: no word on scheduled runs', 'ia', 'connection', 'ws1', {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.integration_admin', user: 'ia', workspace: 'ws1' }], warnings: [],
    }],
    ['A31 an RIU creates a restricted integration, told nobody runs it until run by hand', 'riu', 'integration', 'ws1', {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.restricted_integration_user', user: 'riu', workspace: 'ws1' }], warnings: [scheduledRunsAs('', 'nobody', '')],
    }],
    ['F25 an RIU assigned but no member is refused, without a word on scheduled runs', 'riuOut', 'integration', 'ws1',
      denied({ code: 'integration_roles.riu_not_member', user: 'riuOut', workspace: 'ws1', identity: 'subject' })],
    ['R18 an RIU not assigned is refused, with both reasons', 'riu', 'integration', 'ws2',
      denied({ code: 'integration_roles.riu_not_assigned', user: 'riu', workspace: 'ws2', identity: 'subject' }, { code: 'integration_roles.riu_not_member', user: 'riu', workspace: 'ws2', identity: 'subject' })],
    ['F21 a user with no integration role is refused, named', 'plain', 'integration', 'ws1', denied({ code: 'integration_roles.no_integration_role', user: 'plain', identity: 'subject' })],
    ['an unknown workspace, by id', 'ia', 'integration', 'nowhere', denied(unknown('workspace', 'nowhere'))],
    ['an unknown requester, by id', 'ghost', 'integration', 'ws1', denied(unknown('user', 'ghost'))],
  ] as const)('%s', (_title, who, object, where, expected) => {
    expect(ask(user(who), create(object), ws(where))).toEqual(expected)
  })
})

describe('cloudworks.manage: the object and whose scope (F20–F22, I26, I27)', () => {
  it.each([
    ['F21 an IA on a restricted connection: the connection is named', 'ia', connection('cRestricted'),
      denied({ code: 'integration_roles.restricted_object', user: 'ia', object: 'connection', id: 'cRestricted', identity: 'subject' })],
    ['F20 a holder of both roles on a restricted integration: the integration is named', 'both', integration('iRestricted'),
      denied({ code: 'integration_roles.restricted_object', user: 'both', object: 'integration', id: 'iRestricted', identity: 'subject' })],
    ['F21 an RIU on a non-restricted integration: the integration is named', 'riu', integration('iOpen'),
      denied({ code: 'integration_roles.non_restricted_object', user: 'riu', object: 'integration', id: 'iOpen', identity: 'subject' })],
    ['F21 an RIU on a non-restricted connection: the connection is named', 'riu', connection('cOpen'),
      denied({ code: 'integration_roles.non_restricted_object', user: 'riu', object: 'connection', id: 'cOpen', identity: 'subject' })],
    ['F22 an RIU in scope manages a restricted connection, without a word on scheduled runs', 'riu', connection('cRestricted'), {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.restricted_integration_user', user: 'riu', workspace: 'ws1' }], warnings: [],
    }],
    ['F18 an IA manages a connection named like an integration: no word on scheduled runs', 'ia', connection('iOpen'), {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.integration_admin', user: 'ia', workspace: 'ws1' }], warnings: [],
    }],
    ['an unknown integration, by kind and id', 'ia', integration('nope'), denied(unknown('integration', 'nope'))],
    ['an unknown connection, by kind and id', 'ia', connection('nope'), denied(unknown('cloudworksConnection', 'nope'))],
    ['an unknown requester, by id', 'ghost', integration('iOpen'), denied(unknown('user', 'ghost'))],
  ] as const)('%s', (_title, who, on, expected) => {
    expect(ask(user(who), read, on)).toEqual(expected)
  })

  it('a subject that is not a user is named, with the action', () => {
    expect(ask(subject.scheduler, read, integration('iOpen'))).toEqual(denied({ code: 'request.subject_not_supported', subject: 'scheduler', action: 'cloudworks.manage' }))
  })
})

describe('the run identity, rejected or resolved (F23, F26, R11, R20, A31, A32, A48)', () => {
  const scheduled = (name: string) => ({ code: 'integration_roles.scheduled_run', integration: name })
  it.each([
    ['F26 a non-restricted run acts as the alias', 'iOpen', { effect: 'allow', level: 'allowed', reasons: [scheduled('iOpen')], warnings: [], actor: subject.internalAlias }],
    ['F23 a restricted run acts as its last runner', 'iRestricted', { effect: 'allow', level: 'allowed', reasons: [scheduled('iRestricted')], warnings: [], actor: user('riuB') }],
    ['R20 run-as before the last runner', 'iRunAs', { effect: 'allow', level: 'allowed', reasons: [scheduled('iRunAs')], warnings: [], actor: user('plain') }],
    ['A31 no last runner, named by integration', 'iNeverRun', denied({ code: 'integration_roles.no_last_runner', integration: 'iNeverRun' })],
    ['A48 a last runner without a role, named as the last runner', 'iStale', denied({ code: 'integration_roles.no_integration_role', user: 'former', identity: 'lastRunner' })],
    ['A48 a disabled last runner, named as the last runner', 'iStaleOff', denied({ code: 'integration_roles.user_disabled', user: 'riuOff', identity: 'lastRunner' })],
    ['R11 a last runner now counted as IA, the restricted integration named', 'iStaleBoth',
      denied({ code: 'integration_roles.restricted_object', user: 'both', object: 'integration', id: 'iStaleBoth', identity: 'lastRunner' })],
    ['A32 a run-as user no member of the workspace, named with it', 'iRunAsGone', denied({ code: 'integration_roles.run_as_not_member', user: 'ia', workspace: 'ws1' })],
    ['A32 a disabled run-as user, named as run-as', 'iRunAsOff', denied({ code: 'integration_roles.user_disabled', user: 'riuOff', identity: 'runAs' })],
    ['A32 a disabled run-as user outside the workspace: both reasons', 'iRunAsGoneOff',
      denied({ code: 'integration_roles.run_as_not_member', user: 'gone', workspace: 'ws1' }, { code: 'integration_roles.user_disabled', user: 'gone', identity: 'runAs' })],
    ['an unknown integration, by id', 'nope', denied(unknown('integration', 'nope'))],
  ] as const)('%s', (_title, name, expected) => {
    expect(ask(subject.scheduler, run, integration(name))).toEqual(expected)
  })

  it('the alias does not trigger a run, named with the action', () => {
    expect(ask(subject.internalAlias, run, integration('iOpen'))).toEqual(denied({ code: 'request.subject_not_supported', subject: 'internalAlias', action: 'cloudworks.run' }))
  })

  it('R15 an IA running by hand is allowed as the IA, the run acting as the alias', () => {
    expect(ask(user('ia'), run, integration('iOpen'))).toEqual({
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.integration_admin', user: 'ia', workspace: 'ws1' }], warnings: [], actor: subject.internalAlias,
    })
  })

  it('F23 an RIU running a restricted integration by hand acts as themselves', () => {
    expect(ask(user('riu'), run, integration('iNeverRun'))).toEqual({
      effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.restricted_integration_user', user: 'riu', workspace: 'ws1' }], warnings: [], actor: user('riu'),
    })
  })
})

describe('cloudworks.setRunAs (A32)', () => {
  it.each([
    ['A32 a user names themselves on an integration they manage, named with it', 'riuB', setRunAs('riuB'), 'iRestricted',
      { effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.run_as_self', user: 'riuB', integration: 'iRestricted' }], warnings: [] }],
    ['A32 nobody names someone else, both named', 'riu', setRunAs('riuB'), 'iRestricted', denied({ code: 'integration_roles.run_as_not_self', user: 'riu', named: 'riuB' })],
    ['A32 naming someone else without managing it: both reasons', 'plain', setRunAs('riuB'), 'iRestricted',
      denied({ code: 'integration_roles.no_integration_role', user: 'plain', identity: 'subject' }, { code: 'integration_roles.run_as_not_self', user: 'plain', named: 'riuB' })],
    ['A32 a tenant administrator clears it, named with the integration', 'tadmin', setRunAs(null), 'iRunAs',
      { effect: 'allow', level: 'allowed', reasons: [{ code: 'integration_roles.run_as_cleared_by_tenant_admin', user: 'tadmin', integration: 'iRunAs' }], warnings: [] }],
    ['A32 the run-as user does not clear it', 'plain', setRunAs(null), 'iRunAs', denied({ code: 'integration_roles.run_as_clear_needs_tenant_admin', user: 'plain', integration: 'iRunAs' })],
    ['an unknown integration, by id', 'riuB', setRunAs('riuB'), 'nope', denied(unknown('integration', 'nope'))],
    ['an unknown requester, by id', 'ghost', setRunAs('ghost'), 'iRestricted', denied(unknown('user', 'ghost'))],
  ] as const)('%s', (_title, who, action, name, expected) => {
    expect(ask(user(who), action, integration(name))).toEqual(expected)
  })

  it('a subject that is not a user is named, with the action', () => {
    expect(ask(subject.scheduler, setRunAs(null), integration('iRunAs'))).toEqual(denied({ code: 'request.subject_not_supported', subject: 'scheduler', action: 'cloudworks.setRunAs' }))
  })
})

describe('a world without a tenant names the tenant as unknown', () => {
  it.each([
    ['cloudworks.create', create('integration'), ws('ws1')],
    ['cloudworks.manage', read, integration('iOpen')],
    ['cloudworks.run', run, integration('iOpen')],
    ['cloudworks.setRunAs', setRunAs('ia'), integration('iOpen')],
    ['cloudworks.setStepRunAs', { type: 'cloudworks.setStepRunAs', step: 1, user: id.user('ia') }, integration('iOpen')],
  ] as const)('%s', (_type, action, on) => {
    expect(ask(user('ia'), action, on, 'none')).toEqual(denied(unknown('tenant', 'tenant')))
  })
})
