// Member administration decided as rules (A38, R46–R49, A10, I33, I34), every reason with its
// parameters: the member's label (`user:…`, `group:…`), the floor and the role refused.
import { describe, expect, it } from 'vitest'
import { decide, type Action, type Decision, type Resource } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, connection, developerWorkplace, enterpriseWorkplace, user } from '../support/fixtures/workplace.js'

const deciders = { enterprise: decide(compiled({ workplace: enterpriseWorkplace })), developer: decide(compiled({ workplace: developerWorkplace })) }
type Outcome = Pick<Decision, 'effect' | 'level' | 'reasons' | 'warnings'>
const ask = (world: keyof typeof deciders, who: string, action: Action, on: Resource = connection()): Outcome => {
  const { effect, level, reasons, warnings } = deciders[world](user(who), action, on)
  return { effect, level, reasons, warnings }
}
const allowed = (...reasons: readonly object[]) => ({ effect: 'allow', level: 'allowed', reasons, warnings: [] })
const denied = (...reasons: readonly object[]) => ({ effect: 'deny', level: 'none', reasons, warnings: [] })
const manages = { code: 'connection_roles.manages_connection', connection: 'c' }
const belowFloor = (member: string, floor: string, role: string) => ({ code: 'connection_roles.below_workplace_floor', member, floor, role })
const notMember = (member: string) => ({ code: 'connection_roles.not_member', member })

// In the enterprise fixture, on connection c: mgr holds Admin directly (a custom role without permissions, floor None);
// collab has the Consumer floor and Viewer directly; owner and admin the Admin floor and no direct grant; eng1 Viewer
// through group eng; nested is in sub, inside eng; group eng holds Viewer, sub nothing.
describe('who administers members (A38, R43)', () => {
  it.each([
    ['A38 a direct Admin grant alone makes a member administrator, named by connection', 'mgr', act.add({ group: 'sub' }, 'consumer'), allowed(manages)],
    ['A38 so does the Admin floor of a workplace Admin', 'admin', act.add({ group: 'sub' }, 'consumer'), allowed(manages)],
    ['A38 a Viewer through a group is refused, named with the role they have', 'eng1', act.add({ group: 'sub' }, 'consumer'), denied({ code: 'connection_roles.not_connection_admin', connection: 'c', connectionRole: 'viewer' })],
    ['A38 a Consumer (floor above a direct Viewer) is refused', 'collab', act.remove({ group: 'eng' }), denied({ code: 'connection_roles.not_connection_admin', connection: 'c', connectionRole: 'consumer' })],
    ['A38 a user with no role at all is refused with None', 'creator', act.set({ group: 'eng' }, 'admin'), denied({ code: 'connection_roles.not_connection_admin', connection: 'c', connectionRole: 'none' })],
  ] as const)('%s', (_title, who, action, expected) => {
    expect(ask('enterprise', who, action)).toEqual(expected)
  })

  it('R38 without scoping on the plan, members are not administered, named by plan', () => {
    expect(ask('developer', 'admin', act.add({ user: 'collab' }, 'admin'))).toEqual(denied({ code: 'connection_roles.scoping_not_on_plan', plan: 'developer' }))
  })

  it('R38 without scoping, a direct Admin grant counts for nothing: both reasons', () => {
    expect(ask('developer', 'viewer', act.set({ user: 'collab' }, 'admin'))).toEqual(
      denied({ code: 'connection_roles.not_connection_admin', connection: 'c', connectionRole: 'none' }, { code: 'connection_roles.scoping_not_on_plan', plan: 'developer' }),
    )
  })
})

describe('connection.addMember (R46, R48, A10)', () => {
  it.each([
    ['R46 a user without a direct grant joins', act.add({ user: 'eng1' }, 'consumer'), allowed(manages)],
    ['A10 a user joins at their floor', act.add({ user: 'admin' }, 'admin'), allowed(manages)],
    ['R48 a user does not join below their floor, named with floor and role', act.add({ user: 'owner' }, 'consumer'), denied(belowFloor('user:owner', 'admin', 'consumer'))],
    ['R46 a direct member is not added twice, named by user', act.add({ user: 'scoped' }, 'admin'), denied({ code: 'connection_roles.already_member', member: 'user:scoped' })],
    ['R46 a group member is not added twice, named by group', act.add({ group: 'eng' }, 'admin'), denied({ code: 'connection_roles.already_member', member: 'group:eng' })],
    ['R46 a group with a None grant is a member already', act.add({ group: 'ro' }, 'viewer'), denied({ code: 'connection_roles.already_member', member: 'group:ro' })],
  ] as const)('%s', (_title, action, expected) => {
    expect(ask('enterprise', 'mgr', action)).toEqual(expected)
  })
})

describe('connection.setMemberRole (R47, R48, A10, I33)', () => {
  it.each([
    ['R47 a user listed through their workplace role is re-roled without a direct grant', act.set({ user: 'owner' }, 'admin'), allowed(manages)],
    ['R48 a direct member is raised above the floor', act.set({ user: 'collab' }, 'admin'), allowed(manages)],
    ['A10 a direct member is set at the floor', act.set({ user: 'collab' }, 'consumer'), allowed(manages)],
    ['I33 never below the floor, named with floor and role', act.set({ user: 'collab' }, 'viewer'), denied(belowFloor('user:collab', 'consumer', 'viewer'))],
    ['I33 nor to None below a floor', act.set({ user: 'admin' }, 'none'), denied(belowFloor('user:admin', 'admin', 'none'))],
    ['R46 a group member is lowered to None (groups have no floor)', act.set({ group: 'eng' }, 'none'), allowed(manages)],
    ['A38 a user with no access at all is no member, named', act.set({ user: 'nested' }, 'viewer'), denied(notMember('user:nested'))],
    ['A38 a group without a grant is no member, named', act.set({ group: 'sub' }, 'viewer'), denied(notMember('group:sub'))],
  ] as const)('%s', (_title, action, expected) => {
    expect(ask('enterprise', 'mgr', action)).toEqual(expected)
  })
})

describe('connection.removeMember (R47, R49, I34)', () => {
  it.each([
    ['R49 a direct-only user is removed', act.remove({ user: 'scoped' }), allowed(manages)],
    ['R49 a group is removed', act.remove({ group: 'eng' }), allowed(manages)],
    ['I34 a user whose workplace role gives access stays, named with that role', act.remove({ user: 'collab' }), denied({ code: 'connection_roles.access_from_workplace_role', member: 'user:collab', connectionRole: 'consumer' })],
    ['R47 even without a direct grant', act.remove({ user: 'owner' }), denied({ code: 'connection_roles.access_from_workplace_role', member: 'user:owner', connectionRole: 'admin' })],
    ['R49 a user who is no member is not removed, named', act.remove({ user: 'nested' }), denied(notMember('user:nested'))],
    ['R49 a group that is no member is not removed, named', act.remove({ group: 'sub' }), denied(notMember('group:sub'))],
  ] as const)('%s', (_title, action, expected) => {
    expect(ask('enterprise', 'mgr', action)).toEqual(expected)
  })
})

describe('unknown ids in member administration, by kind and id', () => {
  it.each([
    ['a connection', act.add({ user: 'eng1' }, 'viewer'), connection('nope'), { kind: 'connection', id: 'nope' }],
    ['a user member', act.add({ user: 'ghost' }, 'viewer'), connection(), { kind: 'user', id: 'ghost' }],
    ['a group member', act.remove({ group: 'ghosts' }), connection(), { kind: 'group', id: 'ghosts' }],
  ] as const)('%s', (_title, action, on, unknown) => {
    expect(ask('enterprise', 'mgr', action, on)).toEqual(denied({ code: 'request.unknown_id', ...unknown }))
  })
})
