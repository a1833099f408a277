// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, compile, decide, encode, id, resource, subject, type Command, type World } from '../../src/index.js'
import { t0 } from '../support/commands.js'

const compiled = compile({
  workplace: {
    plan: 'team',
    addOns: ['userGroups'],
    users: [
      { id: 'ada', role: 'admin' },
      { id: 'cole', role: 'collaborator' },
      { id: 'vik', role: 'viewer' },
      { id: 'bo', role: 'viewer' },
    ],
    groups: [{ id: 'eng', users: ['bo'] }],
    connections: [{ id: 'aws', createdBy: 'ada', members: [{ user: 'vik', role: 'admin' }] }],
  },
})
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const world: World = compiled.right
const aws = resource.workplaceConnection(id.connection('aws'))
const by = (actor: string, action: Command['action']): Command => ({ actor: subject.user(id.user(actor)), action, resource: aws, at: t0, tiebreak: 1 }) as Command
const members = (w: World) => encode(w).workplace?.connections?.find((c) => c.id === 'aws')?.members ?? []

const rows = [
  { id: 'R46 a connection admin adds a user with a direct role', command: by('ada', { type: 'connection.addMember', member: { user: id.user('bo') }, role: 'consumer' }), applied: true, reasons: ['connection_roles.manages_connection'], members: [{ user: 'vik', role: 'admin' }, { user: 'bo', role: 'consumer' }] },
  { id: 'R46 a connection admin adds a group', command: by('vik', { type: 'connection.addMember', member: { group: id.group('eng') }, role: 'viewer' }), applied: true, reasons: ['connection_roles.manages_connection'], members: [{ user: 'vik', role: 'admin' }, { group: 'eng', role: 'viewer' }] },
  { id: 'R48 a member listed through the workplace role is raised above the floor', command: by('ada', { type: 'connection.setMemberRole', member: { user: id.user('cole') }, role: 'admin' }), applied: true, reasons: ['connection_roles.manages_connection'], members: [{ user: 'vik', role: 'admin' }, { user: 'cole', role: 'admin' }] },
  { id: 'A10 setting a role below the workplace floor is rejected', command: by('ada', { type: 'connection.setMemberRole', member: { user: id.user('cole') }, role: 'viewer' }), applied: false, reasons: ['connection_roles.below_workplace_floor'], members: [{ user: 'vik', role: 'admin' }] },
  { id: 'I34 a member whose access comes from the workplace role cannot be removed', command: by('ada', { type: 'connection.removeMember', member: { user: id.user('cole') } }), applied: false, reasons: ['connection_roles.access_from_workplace_role'], members: [{ user: 'vik', role: 'admin' }] },
  { id: 'R49 removing a direct member removes the direct grant', command: by('ada', { type: 'connection.removeMember', member: { user: id.user('vik') } }), applied: true, reasons: ['connection_roles.manages_connection'], members: [] },
  { id: 'A38 only an effective connection admin administers members', command: by('bo', { type: 'connection.addMember', member: { user: id.user('bo') }, role: 'admin' }), applied: false, reasons: ['connection_roles.not_connection_admin'], members: [{ user: 'vik', role: 'admin' }] },
] as const

describe('connection member commands', () => {
  it.each(rows)('$id', (row) => {
    const result = apply(world, row.command)
    expect(result._tag === 'Right').toBe(row.applied)
    const reasons = result._tag === 'Right' ? result.right.reasons : result.left.reasons
    expect(reasons.map((r) => r.code)).toEqual(expect.arrayContaining([...row.reasons]))
    expect(members(result._tag === 'Right' ? result.right.world : world)).toEqual(row.members)
  })

  it('round trip: the workplace after member commands recompiles to the same JSON and decides the same', () => {
    const after = rows.reduce<World>((w, row) => {
      const r = apply(w, row.command)
      return r._tag === 'Right' ? r.right.world : w
    }, world)
    const again = compile(JSON.parse(JSON.stringify(encode(after))))
    if (again._tag === 'Left') throw new Error('does not compile')
    expect(encode(again.right)).toEqual(encode(after))
    for (const user of ['ada', 'cole', 'vik', 'bo'])
      for (const action of [{ type: 'connection.view' }, { type: 'connection.manage' }] as const)
        expect(decide(again.right)(subject.user(id.user(user)), action, aws)).toEqual(decide(after)(subject.user(id.user(user)), action, aws))
  })
})
