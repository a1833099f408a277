// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, commandCodec, codecs, compile, decide, encode, explainReplay, id, replay, resource, subject, type Command, type World } from '../../src/index.js'
import { t0 } from '../support/commands.js'
import { compiled } from '../support/compiled.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'

const tenantWorld: World = compiled({ tenant: cloudworksTenant })
const ws1 = resource.workspace(id.workspace('ws1'))

const create = (actor: string, object: 'connection' | 'integration', creates: Extract<Command, { action: { type: 'cloudworks.create' } }>['creates'], minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'cloudworks.create', object },
  resource: ws1,
  at: t0 + minute * 60_000,
  tiebreak: minute,
  creates,
})

const result = (w: World, c: Command) => {
  const r = apply(w, c)
  return r._tag === 'Right' ? { applied: true, codes: r.right.reasons.map((x) => x.code), world: r.right.world } : { applied: false, codes: r.left.reasons.map((x) => x.code), world: w }
}
const integrationOf = (w: World, name: string) => encode(w).tenant?.integrations?.find((i) => i.id === name)
const connectionOf = (w: World, name: string) => encode(w).tenant?.connections?.find((c) => c.id === name)

/** Recompiles the encoded world, failing the test when it does not compile. */
const recompiled = (w: World): World => {
  const again = compile(JSON.parse(JSON.stringify(encode(w))))
  if (again._tag === 'Left') throw new Error(again.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return again.right
}

describe('cloudworks.create commands (R18, F18, F21, A30, A44)', () => {
  it('F18 an integration administrator creates a non-restricted integration with the id the command names', () => {
    const r = result(tenantWorld, create('ia', 'integration', { id: 'iNew', connection: id.connection('cOpen'), steps: [{ model: id.model('m1'), action: id.modelAction('eSales') }] }))
    expect(r).toMatchObject({ applied: true, codes: ['integration_roles.integration_admin'] })
    expect(integrationOf(r.world, 'iNew')).toEqual({ id: 'iNew', workspace: 'ws1', restricted: false, createdBy: 'ia', connection: 'cOpen', steps: [{ model: 'm1', action: 'eSales' }] })
    // The new integration is a CloudWorks object like any other: its creator manages it, and the alias runs it (A44).
    expect(decide(r.world)(subject.user(id.user('ia')), { type: 'cloudworks.manage', operation: 'update' }, resource.integration(id.integration('iNew'))).effect).toBe('allow')
    expect(encode(recompiled(r.world))).toEqual(encode(r.world))
  })

  it('seed 002: the audit trail says who the new integration\'s scheduled runs will act as', () => {
    const { outcomes } = replay(tenantWorld, [create('ia', 'integration', { id: 'iNew' })])
    expect(explainReplay(outcomes).split('\n').slice(-1)).toEqual([
      "  - Warning: Scheduled runs of the new integration will run as Internal (Full Access): they see only what that identity's model role and selective access allow.",
    ])
  })

  it('R18 an RIU creates a restricted connection in an assigned workspace they belong to; F21 the IA cannot manage it', () => {
    const r = result(tenantWorld, create('riu', 'connection', { id: 'cNew' }))
    expect(r.applied).toBe(true)
    expect(connectionOf(r.world, 'cNew')).toEqual({ id: 'cNew', workspace: 'ws1', restricted: true, createdBy: 'riu' })
    expect(decide(r.world)(subject.user(id.user('ia')), { type: 'cloudworks.manage', operation: 'read' }, resource.cloudworksConnection(id.connection('cNew'))).effect).toBe('deny')
  })

  it('F20, A46 a holder of both roles creates non-restricted objects', () => {
    const r = result(tenantWorld, create('both', 'integration', { id: 'iBoth' }))
    expect(integrationOf(r.world, 'iBoth')?.restricted).toBe(false)
  })

  it('I26 an RIU outside its scope is denied by the rule, and the world is untouched', () => {
    const before = JSON.stringify(encode(tenantWorld))
    const r = result(tenantWorld, create('riuOut', 'integration', { id: 'iNew' }))
    expect(r.applied).toBe(false)
    expect(r.codes).toContain('integration_roles.riu_not_member')
    expect(JSON.stringify(encode(tenantWorld))).toBe(before)
  })

  it('commands.integrity: an id already taken, an unknown connection or step, and steps on a connection are refused', () => {
    expect(result(tenantWorld, create('ia', 'integration', { id: 'iOpen' })).codes).toEqual(['commands.integrity'])
    expect(result(tenantWorld, create('ia', 'connection', { id: 'cOpen' })).codes).toEqual(['commands.integrity'])
    expect(result(tenantWorld, create('ia', 'integration', { id: 'iNew', connection: id.connection('nope') })).codes).toEqual(['commands.integrity'])
    expect(result(tenantWorld, create('ia', 'integration', { id: 'iNew', steps: [{ model: id.model('m1'), action: id.modelAction('nope') }] })).codes).toEqual(['commands.integrity'])
    expect(result(tenantWorld, create('ia', 'connection', { id: 'cNew', steps: [] })).codes).toEqual(['commands.integrity'])
    const refused = apply(tenantWorld, create('ia', 'integration', { id: 'iOpen' }))
    expect(refused._tag === 'Left' ? refused.left.reasons : []).toEqual([{ code: 'commands.integrity', path: 'creates.id', message: "integration 'iOpen' already exists" }])
  })

  it('the codec requires `creates` on creation acts and refuses it elsewhere, naming the field', () => {
    const wire = { actor: { kind: 'user', id: 'ia' }, action: { type: 'cloudworks.create', object: 'integration' }, resource: { kind: 'workspace', id: 'ws1' }, at: t0, tiebreak: 1 }
    const errors = (u: unknown) => {
      const d = commandCodec.decode(u)
      return d._tag === 'Left' ? codecs.report(d.left) : []
    }
    expect(errors(wire).map((e) => e.path)).toEqual(['creates'])
    expect(errors({ ...wire, creates: { id: 'x', colour: 1 } })).toEqual([{ path: 'creates.colour', message: "unknown field 'colour' in cloudworks creation" }])
    expect(errors({ ...wire, creates: { id: 'x', steps: [{ model: 'm1' }] } }).map((e) => e.path)).toEqual(['creates.steps[0].action'])
    expect(commandCodec.decode({ ...wire, creates: { id: 'x' } })._tag).toBe('Right')
    expect(errors({ ...wire, action: { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource: { kind: 'tenant' }, creates: { id: 'x' } })).toEqual([
      { path: 'creates', message: "'tenant.setSwitch' takes no creates" },
    ])
  })
})

const workplaceWorld: World = compiled({
  workplace: {
    plan: 'team',
    addOns: ['customRoles'],
    roles: [{ id: 'builder', permissions: ['createConnections'] }],
    users: [
      { id: 'ada', role: 'admin' },
      { id: 'bea', role: 'builder' },
      { id: 'vik', role: 'viewer' },
    ],
    connections: [{ id: 'aws', createdBy: 'ada' }],
  },
})
const createConnection = (actor: string, connection: string): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'workplace.createConnection' },
  resource: resource.workplace,
  at: t0,
  tiebreak: 1,
  creates: { id: id.connection(connection) },
})

describe('workplace.createConnection commands (R40, R41, A39)', () => {
  it('A39 the creator of a connection receives a direct Admin grant on it, and manages it at once', () => {
    const r = result(workplaceWorld, createConnection('bea', 'gcp'))
    expect(r).toMatchObject({ applied: true, codes: ['connection_roles.may_create_connections'] })
    expect(encode(r.world).workplace?.connections).toEqual([{ id: 'aws', createdBy: 'ada' }, { id: 'gcp', createdBy: 'bea', members: [{ user: 'bea', role: 'admin' }] }])
    const gcp = resource.workplaceConnection(id.connection('gcp'))
    expect(decide(r.world)(subject.user(id.user('bea')), { type: 'connection.manage' }, gcp).effect).toBe('allow')
    expect(decide(recompiled(r.world))(subject.user(id.user('bea')), { type: 'connection.manage' }, gcp)).toEqual(decide(r.world)(subject.user(id.user('bea')), { type: 'connection.manage' }, gcp))
  })

  it('R40 a user without "Create Integration Connections" is denied, and an id already taken is refused', () => {
    expect(result(workplaceWorld, createConnection('vik', 'gcp')).applied).toBe(false)
    expect(result(workplaceWorld, createConnection('ada', 'aws')).codes).toEqual(['commands.integrity'])
  })
})
