// The workplace structure acts decided as rules (F60–F63, R44): who changes workplace roles, group
// members and project roles, with every reason's parameters (a test on codes alone lets a blanked
// parameter through).
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action, type Decision, type Resource, type WorkplaceInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

/** One Owner (olga); pam is a project Admin of crm directly, gil through group leads; cole only collaborates there. */
const workplace: WorkplaceInput = {
  plan: 'enterprise',
  roles: [{ id: 'manual', permissions: [] }],
  projectRoles: [{ id: 'syncer', manageSyncs: true }],
  users: [
    { id: 'olga', role: 'owner' },
    { id: 'ada', role: 'admin' },
    { id: 'cole', role: 'collaborator' },
    { id: 'vic', role: 'viewer' },
    { id: 'bo', role: 'manual' },
    { id: 'pam', role: 'manual' },
    { id: 'gil', role: 'manual' },
  ],
  groups: [{ id: 'eng', users: [] }, { id: 'leads', users: ['gil'] }],
  projects: [
    { id: 'crm', members: [{ user: 'pam', role: 'admin' }, { group: 'leads', role: 'admin' }, { user: 'cole', role: 'collaborator' }] },
    { id: 'ops' },
  ],
}
/** The same with a second Owner. */
const twoOwners: WorkplaceInput = { ...workplace, users: [...workplace.users, { id: 'otto', role: 'owner' }] }
/** The same without any Owner. */
const ownerless: WorkplaceInput = { ...workplace, users: workplace.users.filter((u) => u.role !== 'owner') }

type Outcome = Pick<Decision, 'effect' | 'level' | 'reasons' | 'warnings'>
const deciderOf = (input: WorkplaceInput | undefined) => decide(compiled(input === undefined ? {} : { workplace: input }))
const deciders = { one: deciderOf(workplace), two: deciderOf(twoOwners), none: deciderOf(ownerless), empty: deciderOf(undefined) }
/** A user by name, or the scheduler. */
const ask = (world: keyof typeof deciders, who: string, action: Action, on: Resource = resource.workplace): Outcome => {
  const { effect, level, reasons, warnings } = deciders[world](who === 'scheduler' ? subject.scheduler : subject.user(id.user(who)), action, on)
  return { effect, level, reasons, warnings }
}
const allowed = (...reasons: readonly object[]) => ({ effect: 'allow', level: 'allowed', reasons, warnings: [] })
const denied = (...reasons: readonly object[]) => ({ effect: 'deny', level: 'none', reasons, warnings: [] })

const setRole = (user: string, role: string): Action => ({ type: 'workplace.setUserRole', user: id.user(user), role: id.role(role) })
const join = (group: string, user: string, member = true): Action => ({ type: 'workplace.setGroupMember', group: id.group(group), user: id.user(user), member })
const give = (member: { user: string } | { group: string }, role: string | null): Action => ({
  type: 'project.setMemberRole',
  member: 'user' in member ? { user: id.user(member.user) } : { group: id.group(member.group) },
  role: role === null ? null : id.role(role),
})
const project = (name: string): Resource => resource.project(id.project(name))

const owner = (user: string) => ({ code: 'connection_roles.workplace_owner', user })
const ownerRequired = (action: string) => ({ code: 'connection_roles.owner_required', action })
const unknown = (kind: string, name: string) => ({ code: 'request.unknown_id', kind, id: name })

describe('workplace.setUserRole (F60, F62)', () => {
  it.each([
    ['F60 an Owner changes a user\'s workplace role, named as the Owner', 'one', 'olga', setRole('bo', 'viewer'), allowed(owner('olga'))],
    ['F62 an Owner gives a custom workplace role', 'one', 'olga', setRole('cole', 'manual'), allowed(owner('olga'))],
    ['F60 an Owner makes another Owner', 'one', 'olga', setRole('ada', 'owner'), allowed(owner('olga'))],
    ['F60 an Admin does not: the Team page is the Owners\', named with the act', 'one', 'ada', setRole('bo', 'viewer'), denied(ownerRequired('workplace.setUserRole'))],
    ['F60 nor does a Collaborator', 'one', 'cole', setRole('bo', 'viewer'), denied(ownerRequired('workplace.setUserRole'))],
    ['F60 nor a custom role', 'one', 'bo', setRole('bo', 'owner'), denied(ownerRequired('workplace.setUserRole'))],
    ['F60 the last Owner keeps the role, named', 'one', 'olga', setRole('olga', 'admin'), denied({ code: 'connection_roles.last_owner', user: 'olga' })],
    ['F60 the last Owner may be "set" to Owner again', 'one', 'olga', setRole('olga', 'owner'), allowed(owner('olga'))],
    ['F60 with a second Owner, an Owner steps down', 'two', 'olga', setRole('olga', 'admin'), allowed(owner('olga'))],
    ['F60 with a second Owner, an Owner demotes the other', 'two', 'otto', setRole('olga', 'collaborator'), allowed(owner('otto'))],
    ['F60 without any Owner, a non-Owner target is no last Owner: only the Owner is missing', 'none', 'ada', setRole('bo', 'viewer'), denied(ownerRequired('workplace.setUserRole'))],
    ['an unknown user, by id', 'one', 'olga', setRole('ghost', 'viewer'), denied(unknown('user', 'ghost'))],
    ['an unknown role, by id', 'one', 'olga', setRole('bo', 'chief'), denied(unknown('role', 'chief'))],
    ['an unknown user and role: the user is named first, alone', 'one', 'olga', setRole('ghost', 'chief'), denied(unknown('user', 'ghost'))],
    ['a non-Owner naming an unknown user: both reasons', 'one', 'ada', setRole('ghost', 'viewer'), denied(ownerRequired('workplace.setUserRole'), unknown('user', 'ghost'))],
    ['a non-Owner taking the last Owner\'s role: both reasons', 'one', 'ada', setRole('olga', 'viewer'), denied({ code: 'connection_roles.last_owner', user: 'olga' }, ownerRequired('workplace.setUserRole'))],
  ] as const)('%s', (_title, world, who, action, expected) => {
    expect(ask(world, who, action)).toEqual(expected)
  })
})

describe('workplace.setGroupMember (F63)', () => {
  it.each([
    ['F63 an Owner adds a user to a group', 'olga', join('eng', 'bo'), allowed(owner('olga'))],
    ['F63 an Owner takes a user out of a group', 'olga', join('leads', 'gil', false), allowed(owner('olga'))],
    ['F60 an Admin does not, named with the act', 'ada', join('eng', 'bo'), denied(ownerRequired('workplace.setGroupMember'))],
    ['an unknown group, by id', 'olga', join('ghosts', 'bo'), denied(unknown('group', 'ghosts'))],
    ['an unknown user, by id', 'olga', join('eng', 'ghost'), denied(unknown('user', 'ghost'))],
    ['an unknown group and user: the group alone', 'olga', join('ghosts', 'ghost'), denied(unknown('group', 'ghosts'))],
    ['a non-Owner naming an unknown group: both reasons', 'ada', join('ghosts', 'bo'), denied(ownerRequired('workplace.setGroupMember'), unknown('group', 'ghosts'))],
  ] as const)('%s', (_title, who, action, expected) => {
    expect(ask('one', who, action)).toEqual(expected)
  })
})

describe('project.setMemberRole (F61, F62, R44)', () => {
  const required = (name: string) => ({ code: 'connection_roles.project_admin_required', project: name })
  it.each([
    ['F61 a workplace Admin is project Admin everywhere, named by role', 'ada', give({ user: 'bo' }, 'collaborator'), 'crm', allowed({ code: 'connection_roles.workplace_project_admin', role: 'admin' })],
    ['F61 so is a workplace Owner, on a project without members', 'olga', give({ user: 'bo' }, 'viewer'), 'ops', allowed({ code: 'connection_roles.workplace_project_admin', role: 'owner' })],
    ['F61 the Admin project role held directly, named by project', 'pam', give({ group: 'eng' }, 'viewer'), 'crm', allowed({ code: 'connection_roles.project_admin', project: 'crm' })],
    ['F62 the Admin project role held through a group', 'gil', give({ user: 'bo' }, 'viewer'), 'crm', allowed({ code: 'connection_roles.project_admin', project: 'crm' })],
    ['F62 a custom project role may be given', 'pam', give({ user: 'bo' }, 'syncer'), 'crm', allowed({ code: 'connection_roles.project_admin', project: 'crm' })],
    ['R44 a project role is taken away with role null', 'pam', give({ user: 'cole' }, null), 'crm', allowed({ code: 'connection_roles.project_admin', project: 'crm' })],
    ['F61 a built-in Collaborator who collaborates on the project is no administrator of it', 'cole', give({ user: 'bo' }, 'viewer'), 'crm', denied(required('crm'))],
    ['F61 a built-in Viewer is none either', 'vic', give({ user: 'bo' }, 'viewer'), 'crm', denied(required('crm'))],
    ['F61 a project Admin of crm is none of ops', 'pam', give({ user: 'bo' }, 'viewer'), 'ops', denied(required('ops'))],
    ['F61 a group Admin of crm is none of ops', 'gil', give({ user: 'bo' }, 'viewer'), 'ops', denied(required('ops'))],
    ['an unknown role, by id', 'ada', give({ user: 'bo' }, 'chief'), 'crm', denied(unknown('role', 'chief'))],
    ['an unknown user member, by id', 'ada', give({ user: 'ghost' }, 'viewer'), 'crm', denied(unknown('user', 'ghost'))],
    ['an unknown group member, by id', 'ada', give({ group: 'ghosts' }, 'viewer'), 'crm', denied(unknown('group', 'ghosts'))],
    ['an unknown project, by id', 'ada', give({ user: 'bo' }, 'viewer'), 'nowhere', denied(unknown('project', 'nowhere'))],
    ['a non-administrator naming an unknown member and role: all three reasons', 'bo', give({ user: 'ghost' }, 'chief'), 'crm', denied(required('crm'), unknown('role', 'chief'), unknown('user', 'ghost'))],
  ] as const)('%s', (_title, who, action, on, expected) => {
    expect(ask('one', who, action, project(on))).toEqual(expected)
  })
})

describe('who may ask at all, for every workplace structure act', () => {
  it.each([
    ['workplace.setUserRole', setRole('bo', 'viewer'), resource.workplace],
    ['workplace.setGroupMember', join('eng', 'bo'), resource.workplace],
    ['project.setMemberRole', give({ user: 'bo' }, 'viewer'), project('crm')],
  ] as const)('%s: a subject that is not a user, an unknown requester, a world without a workplace', (type, action, on) => {
    expect(ask('one', 'scheduler', action, on)).toEqual(denied({ code: 'request.subject_not_supported', subject: 'scheduler', action: type }))
    expect(ask('one', 'nobody', action, on)).toEqual(denied(unknown('user', 'nobody')))
    expect(ask('empty', 'olga', action, on)).toEqual(denied(unknown('workplace', 'workplace')))
  })
})
