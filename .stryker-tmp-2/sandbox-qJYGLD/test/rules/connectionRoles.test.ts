// @ts-nocheck
import { describe, it } from 'vitest'
import { decide, id, resource, type Resource } from '../../src/index.js'
import { act, connection, developerWorkplace, enterpriseWorkplace, user } from '../support/fixtures/workplace.js'
import { compiled } from '../support/compiled.js'
import { expectOutcome, type DecisionRow } from '../support/outcome.js'

const worlds = {
  enterprise: decide(compiled({ workplace: enterpriseWorkplace })),
  developer: decide(compiled({ workplace: developerWorkplace })),
}

type Row = DecisionRow<keyof typeof worlds>

const project = (name: string): Resource => resource.project(id.project(name))

const rows: readonly Row[] = [
  { id: 'R38', says: 'on the Developer plan a direct grant does nothing', world: 'developer', subject: user('viewer'), action: act.view, effect: 'deny', reasons: ['default.no_grant'], level: 'none', warnings: ['connection_roles.scoping_not_on_plan'] },
  { id: 'R39', says: 'a direct grant on the connection page reaches the user', subject: user('scoped'), action: act.view, effect: 'allow', reasons: ['connection_roles.direct_grant'], level: 'consumer' },
  { id: 'R40', says: 'a Collaborator may not manage connections', subject: user('collab'), action: act.manage, effect: 'deny', reasons: ['connection_roles.workplace_role'], level: 'consumer' },
  { id: 'R41', says: 'Manage All gives Admin on every connection', subject: user('admin'), action: act.manage, effect: 'allow', reasons: ['connection_roles.workplace_role'], level: 'admin' },
  { id: 'R41', says: 'Create Integration Connections is a workplace capability', subject: user('creator'), action: act.createConnection, resource: resource.workplace, effect: 'allow', reasons: ['connection_roles.may_create_connections'], level: 'allowed' },
  { id: 'R42', says: 'a custom role without the four permissions limits the user to direct grants', subject: user('scoped'), action: act.manage, effect: 'deny', reasons: ['connection_roles.direct_grant'], level: 'consumer' },
  { id: 'R43', says: 'a Collaborator given Viewer directly still has Consumer', subject: user('collab'), action: act.createSync('p'), effect: 'allow', reasons: ['connection_roles.workplace_role'], level: 'consumer' },
  { id: 'R44', says: 'the Viewer project role cannot manage syncs', subject: user('viewer'), action: act.manageSyncs, resource: project('p'), effect: 'deny', reasons: ['default.no_grant'], level: 'none' },
  { id: 'R44', says: 'the Collaborator project role manages syncs', subject: user('collab'), action: act.manageSyncs, resource: project('p'), effect: 'allow', reasons: ['connection_roles.project_role'], level: 'allowed' },
  { id: 'R45', says: 'a Viewer sees the connection', subject: user('viewer'), action: act.view, effect: 'allow', reasons: ['connection_roles.direct_grant'], level: 'viewer' },
  { id: 'R45', says: 'a Viewer cannot create syncs', subject: user('viewer'), action: act.createSync('p'), effect: 'deny', reasons: ['connection_roles.direct_grant', 'connection_roles.no_manage_syncs'], level: 'none' },
  { id: 'R46', says: 'a group member gets the group role', subject: user('eng1'), action: act.view, effect: 'allow', reasons: ['connection_roles.group_grant'], level: 'viewer' },
  { id: 'R47', says: 'a member with access from their workplace role cannot be removed', subject: user('mgr'), action: act.remove({ user: 'collab' }), effect: 'deny', reasons: ['connection_roles.access_from_workplace_role'], level: 'none' },
  { id: 'R48', says: 'a member cannot be set below their workplace floor', subject: user('mgr'), action: act.set({ user: 'collab' }, 'viewer'), effect: 'deny', reasons: ['connection_roles.below_workplace_floor'], level: 'none' },
  { id: 'R48', says: 'a member can be raised above the floor', subject: user('mgr'), action: act.set({ user: 'collab' }, 'admin'), effect: 'allow', reasons: ['connection_roles.manages_connection'], level: 'allowed' },
  { id: 'R49', says: 'a direct-only member can be removed', subject: user('mgr'), action: act.remove({ user: 'scoped' }), effect: 'allow', reasons: ['connection_roles.manages_connection'], level: 'allowed' },
  { id: 'F60', says: 'a workplace Viewer without grants sees no connection', subject: user('nested'), action: act.manage, effect: 'deny', reasons: ['connection_roles.group_grant'], level: 'viewer' },
  { id: 'F61', says: 'a workplace Owner is project Admin on a project they were never added to', subject: user('owner'), action: act.manageSyncs, resource: project('q'), effect: 'allow', reasons: ['connection_roles.workplace_project_admin'], level: 'allowed' },
  { id: 'F62', says: 'project roles of the user and their groups unite', subject: user('eng1'), action: act.manageSyncs, resource: project('p'), effect: 'allow', reasons: ['connection_roles.project_role'], level: 'allowed' },
  { id: 'F63', says: 'membership flows through nested groups', subject: user('nested'), action: act.view, effect: 'allow', reasons: ['connection_roles.group_grant'], level: 'viewer' },
  { id: 'A8', says: 'a group None grant does not lower a Collaborator', subject: user('collab'), action: act.view, effect: 'allow', reasons: ['connection_roles.workplace_role'], level: 'consumer' },
  { id: 'A9', says: 'Manage Syncs alone does not create a sync without Consumer', subject: user('eng1'), action: act.createSync('p'), effect: 'deny', reasons: ['connection_roles.group_grant'], level: 'viewer' },
  { id: 'A9', says: 'Consumer alone does not create a sync without Manage Syncs', subject: user('collab'), action: act.createSync('q'), effect: 'deny', reasons: ['connection_roles.no_manage_syncs'], level: 'none' },
  { id: 'A9', says: 'custom project role with Manage Syncs and direct Consumer create a sync', subject: user('scoped'), action: act.createSync('p'), effect: 'allow', reasons: ['connection_roles.direct_grant'], level: 'consumer' },
  { id: 'A10', says: 'setting a member equal to the floor is allowed', subject: user('admin'), action: act.set({ user: 'collab' }, 'consumer'), effect: 'allow', reasons: ['connection_roles.manages_connection'], level: 'allowed' },
  { id: 'A11', says: 'without scoping, workplace-derived access keeps working', world: 'developer', subject: user('collab'), action: act.createSync('p'), effect: 'deny', reasons: ['connection_roles.no_manage_syncs'], level: 'none' },
  { id: 'A11', says: 'without scoping, a Collaborator still views', world: 'developer', subject: user('collab'), action: act.view, effect: 'allow', reasons: ['connection_roles.workplace_role'], level: 'consumer' },
  { id: 'A12', says: 'the workplace Viewer role has no connection permission', subject: user('viewer'), action: act.createConnection, resource: resource.workplace, effect: 'deny', reasons: ['default.no_grant'], level: 'none' },
  { id: 'A38', says: 'only an effective connection Admin administers members', subject: user('collab'), action: act.add({ user: 'nested' }, 'viewer'), effect: 'deny', reasons: ['connection_roles.not_connection_admin'], level: 'none' },
  { id: 'A38', says: 'adding a group member', subject: user('mgr'), action: act.add({ group: 'sub' }, 'consumer'), effect: 'allow', reasons: ['connection_roles.manages_connection'], level: 'allowed' },
  { id: 'A38', says: 'adding an existing member is refused', subject: user('mgr'), action: act.add({ user: 'scoped' }, 'admin'), effect: 'deny', reasons: ['connection_roles.already_member'], level: 'none' },
  { id: 'A38', says: 'changing the role of someone with no access at all is refused', subject: user('mgr'), action: act.set({ user: 'nested' }, 'viewer'), effect: 'deny', reasons: ['connection_roles.not_member'], level: 'none' },
  { id: 'A38', says: 'on the Developer plan members cannot be administered', world: 'developer', subject: user('admin'), action: act.add({ user: 'collab' }, 'admin'), effect: 'deny', reasons: ['connection_roles.scoping_not_on_plan'], level: 'none' },
  { id: 'A39', says: 'recording the creator grants nothing by itself', subject: user('creator'), action: act.view, effect: 'deny', reasons: ['default.no_grant'], level: 'none' },
  { id: 'request', says: 'an unknown connection denies', subject: user('admin'), action: act.view, resource: connection('nope'), effect: 'deny', reasons: ['request.unknown_id'], level: 'none' },
  { id: 'request', says: 'an unknown user denies', subject: user('ghost'), action: act.view, effect: 'deny', reasons: ['request.unknown_id'], level: 'none' },
  { id: 'request', says: 'an unknown project denies a sync', subject: user('admin'), action: act.createSync('nope'), effect: 'deny', reasons: ['request.unknown_id'], level: 'none' },
]

describe('connectionRoles', () => {
  for (const row of rows)
    it(`${row.id} ${row.says}`, () => {
      const decision = worlds[row.world ?? 'enterprise'](row.subject, row.action, row.resource ?? connection())
      expectOutcome(decision, row)
    })
})
