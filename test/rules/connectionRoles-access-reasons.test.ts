// Connection access, syncs and connection creation decided as rules (R38–R45, I36, A9, A11), every
// reason and warning with its parameters, unknown ids by kind and id.
import { describe, expect, it } from 'vitest'
import { decide, id, resource, type Action, type Decision, type Resource } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, connection, developerWorkplace, enterpriseWorkplace, user } from '../support/fixtures/workplace.js'

const deciders = { enterprise: decide(compiled({ workplace: enterpriseWorkplace })), developer: decide(compiled({ workplace: developerWorkplace })) }
const ask = (world: keyof typeof deciders, who: string, action: Action, on: Resource): Pick<Decision, 'effect' | 'level' | 'reasons' | 'warnings'> => {
  const { effect, level, reasons, warnings } = deciders[world](user(who), action, on)
  return { effect, level, reasons, warnings }
}
const project = (name: string): Resource => resource.project(id.project(name))

describe('connection access with its parameters', () => {
  it.each([
    ['I36 a Consumer without Manage Syncs on the project is refused, named by project', 'enterprise', 'collab', act.createSync('q'), connection(), {
      effect: 'deny', level: 'none', reasons: [{ code: 'connection_roles.no_manage_syncs', project: 'q' }], warnings: [],
    }],
    ['R44 Manage Syncs from the user\'s project role, named with project and role', 'enterprise', 'collab', act.manageSyncs, project('p'), {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'connection_roles.project_role', project: 'p', role: 'collaborator' }], warnings: [],
    }],
    ['F62 Manage Syncs from a custom project role', 'enterprise', 'scoped', act.manageSyncs, project('p'), {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'connection_roles.project_role', project: 'p', role: 'syncer' }], warnings: [],
    }],
    ['F61 a workplace Admin manages syncs everywhere, named by workplace role', 'enterprise', 'admin', act.manageSyncs, project('q'), {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'connection_roles.workplace_project_admin', role: 'admin' }], warnings: [],
    }],
    ['R41 Create Integration Connections, named by the role that has it', 'enterprise', 'creator', act.createConnection, resource.workplace, {
      effect: 'allow', level: 'allowed', reasons: [{ code: 'connection_roles.may_create_connections', role: 'creator' }], warnings: [],
    }],
    ['R38 without scoping a direct grant is ignored with a warning naming the plan', 'developer', 'viewer', act.view, connection(), {
      effect: 'deny', level: 'none', reasons: [{ code: 'default.no_grant', action: 'connection.view' }], warnings: [{ code: 'connection_roles.scoping_not_on_plan', plan: 'developer' }],
    }],
    ['A11 without scoping the workplace role still gives access, without a warning', 'developer', 'collab', act.view, connection(), {
      effect: 'allow', level: 'consumer', reasons: [{ code: 'connection_roles.workplace_role', role: 'collaborator', connectionRole: 'consumer' }], warnings: [],
    }],
  ] as const)('%s', (_title, world, who, action, on, expected) => {
    expect(ask(world, who, action, on)).toEqual(expected)
  })
})

describe('unknown ids in connection access, by kind and id', () => {
  it.each([
    ['connection.view: the connection', act.view, connection('nope'), { kind: 'connection', id: 'nope' }],
    ['connection.manage: the connection', act.manage, connection('nope'), { kind: 'connection', id: 'nope' }],
    ['connection.createSync: the connection', act.createSync('p'), connection('nope'), { kind: 'connection', id: 'nope' }],
    ['connection.createSync: the project', act.createSync('nowhere'), connection(), { kind: 'project', id: 'nowhere' }],
    ['project.manageSyncs: the project', act.manageSyncs, project('nowhere'), { kind: 'project', id: 'nowhere' }],
  ] as const)('%s', (_title, action, on, unknown) => {
    expect(ask('enterprise', 'admin', action, on)).toEqual({ effect: 'deny', level: 'none', reasons: [{ code: 'request.unknown_id', ...unknown }], warnings: [] })
  })

  it.each([
    ['connection.view', act.view, connection()],
    ['connection.createSync', act.createSync('p'), connection()],
    ['project.manageSyncs', act.manageSyncs, project('p')],
    ['workplace.createConnection', act.createConnection, resource.workplace],
  ] as const)('%s: an unknown requester, by id', (_type, action, on) => {
    expect(ask('enterprise', 'ghost', action, on)).toEqual({ effect: 'deny', level: 'none', reasons: [{ code: 'request.unknown_id', kind: 'user', id: 'ghost' }], warnings: [] })
  })
})
