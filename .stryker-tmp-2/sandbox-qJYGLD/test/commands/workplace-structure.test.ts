// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, connectionMembers, decide, encode, id, resource, subject, type Command, type World } from '../../src/index.js'
import { t0 } from '../support/commands.js'
import { compiled } from '../support/compiled.js'

const world: World = compiled({
  workplace: {
    plan: 'enterprise',
    roles: [{ id: 'manual', permissions: [] }],
    users: [
      { id: 'olga', role: 'owner' },
      { id: 'ada', role: 'admin' },
      { id: 'cole', role: 'collaborator' },
      { id: 'bo', role: 'manual' },
    ],
    groups: [{ id: 'eng', users: [] }, { id: 'all', groups: ['eng'] }],
    projects: [{ id: 'crm', members: [{ user: 'cole', role: 'admin' }] }],
    connections: [{ id: 'aws', members: [{ group: 'all', role: 'consumer' }] }],
  },
})
const aws = resource.workplaceConnection(id.connection('aws'))
const crm = resource.project(id.project('crm'))
const by = (actor: string, action: Command['action'], target: Command['resource'] = resource.workplace, minute = 0): Command =>
  ({ actor: subject.user(id.user(actor)), action, resource: target, at: t0 + minute * 60_000, tiebreak: minute }) as Command
const setRole = (actor: string, user: string, role: string, minute = 0) => by(actor, { type: 'workplace.setUserRole', user: id.user(user), role: id.role(role) }, resource.workplace, minute)
const outcome = (w: World, c: Command) => {
  const r = apply(w, c)
  return r._tag === 'Right' ? { applied: true, codes: r.right.reasons.map((x) => x.code), world: r.right.world } : { applied: false, codes: r.left.reasons.map((x) => x.code), world: w }
}
const view = (w: World, user: string) => decide(w)(subject.user(id.user(user)), { type: 'connection.createSync', project: id.project('crm') }, aws)

describe('workplace structure commands (F60–F63, R44, R47)', () => {
  it.each([
    ['F60 an Owner changes a workplace role', setRole('olga', 'bo', 'viewer'), true, ['connection_roles.workplace_owner']],
    ['F60 an Admin does not (the Team page is the Owners\')', setRole('ada', 'bo', 'viewer'), false, ['connection_roles.owner_required']],
    ['F60 the last Owner keeps the role', setRole('olga', 'olga', 'admin'), false, ['connection_roles.last_owner']],
    ['F62 the role must exist', setRole('olga', 'bo', 'ghost'), false, ['request.unknown_id']],
    ['F63 an Owner adds a user to a group', by('olga', { type: 'workplace.setGroupMember', group: id.group('eng'), user: id.user('bo'), member: true }), true, ['connection_roles.workplace_owner']],
    ['F63 an Admin does not', by('ada', { type: 'workplace.setGroupMember', group: id.group('eng'), user: id.user('bo'), member: true }), false, ['connection_roles.owner_required']],
    ['F61 a workplace Admin gives a project role', by('ada', { type: 'project.setMemberRole', member: { user: id.user('bo') }, role: id.role('collaborator') }, crm), true, ['connection_roles.workplace_project_admin']],
    ['F61 a project Admin gives a project role', by('cole', { type: 'project.setMemberRole', member: { group: id.group('eng') }, role: id.role('viewer') }, crm), true, ['connection_roles.project_admin']],
    ['F61 anyone else does not', by('bo', { type: 'project.setMemberRole', member: { user: id.user('bo') }, role: id.role('admin') }, crm), false, ['connection_roles.project_admin_required']],
  ] as const)('%s', (_title, command, applied, codes) => {
    const got = outcome(world, command)
    expect(got.applied).toBe(applied)
    expect(got.codes).toEqual([...codes])
  })

  it('F63 group membership flows through nested groups: joining eng gives the grant of all, which includes it', () => {
    expect(view(world, 'bo').effect).toBe('deny')
    const joined = outcome(world, by('olga', { type: 'workplace.setGroupMember', group: id.group('eng'), user: id.user('bo'), member: true }))
    expect(encode(joined.world).workplace?.groups).toEqual([{ id: 'eng', users: ['bo'] }, { id: 'all', groups: ['eng'] }])
    const given = outcome(joined.world, by('cole', { type: 'project.setMemberRole', member: { user: id.user('bo') }, role: id.role('collaborator') }, crm))
    expect(view(given.world, 'bo')).toMatchObject({ effect: 'allow', level: 'consumer' })
    const left = outcome(given.world, by('olga', { type: 'workplace.setGroupMember', group: id.group('eng'), user: id.user('bo'), member: false }))
    expect(view(left.world, 'bo').effect).toBe('deny')
  })

  it('R44 taking a project role away (role: null) removes the member from the project', () => {
    const r = outcome(world, by('ada', { type: 'project.setMemberRole', member: { user: id.user('cole') }, role: null }, crm))
    expect(encode(r.world).workplace?.projects).toEqual([{ id: 'crm', members: [] }])
  })

  it('R47 a member listed through the workplace role is removed only after that role changes', () => {
    const withGrant = outcome(world, by('ada', { type: 'connection.addMember', member: { user: id.user('cole') }, role: 'admin' }, aws, 1))
    expect(withGrant.applied).toBe(true)
    const remove = by('ada', { type: 'connection.removeMember', member: { user: id.user('cole') } }, aws, 3)
    expect(outcome(withGrant.world, remove)).toMatchObject({ applied: false, codes: ['connection_roles.access_from_workplace_role'] })
    const demoted = outcome(withGrant.world, setRole('olga', 'cole', 'manual', 2))
    const list = connectionMembers(demoted.world, id.connection('aws'))
    expect(list._tag === 'Right' && list.right.users.find((m) => m.user === 'cole')).toMatchObject({ removable: true, floor: 'none' })
    expect(outcome(demoted.world, remove).applied).toBe(true)
  })

  it('a project the world does not hold is denied with request.unknown_id, and nothing changes', () => {
    const r = apply(world, by('ada', { type: 'project.setMemberRole', member: { user: id.user('bo') }, role: id.role('viewer') }, resource.project(id.project('ghost'))))
    expect(r._tag === 'Left' ? r.left.reasons.map((x) => x.code) : []).toEqual(['request.unknown_id'])
  })
})
