// @ts-nocheck
// Connection-role decisions with their parameters: a grant of None (rank 0), directly or through a group,
// says nothing (A8), so it never explains a deny; the grants that do explain one name their source.
import { describe, expect, it } from 'vitest'
import { decide, type WorkplaceInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, connection, enterpriseWorkplace, user } from '../support/fixtures/workplace.js'

/** The enterprise workplace with `onlyNone`, a workplace Viewer whose only tie to connection `c` is group `ro` (None there). */
const workplace: WorkplaceInput = {
  ...enterpriseWorkplace,
  users: [...(enterpriseWorkplace.users ?? []), { id: 'onlyNone', role: 'viewer' }, { id: 'manyGroups', role: 'viewer' }],
  groups: [
    ...(enterpriseWorkplace.groups ?? []).map((group) => (group.id === 'ro' ? { ...group, users: [...(group.users ?? []), 'onlyNone', 'manyGroups'] } : group)),
    { id: 'g1', users: ['manyGroups'] },
    { id: 'g2', users: ['manyGroups'] },
  ],
}
const ask = decide(compiled({ workplace }))

describe('connectionRoles: a None grant explains nothing (A8, R43)', () => {
  it('a user whose only grant is a group None is denied by default, not by the group', () => {
    const decision = ask(user('onlyNone'), act.view, connection())
    expect(decision).toMatchObject({ effect: 'deny', level: 'none', warnings: [] })
    expect(decision.reasons).toEqual([{ code: 'default.no_grant', action: 'connection.view' }])
  })

  it('the same when the user is in more groups than the connection has members (the other walk)', () => {
    const decision = ask(user('manyGroups'), act.view, connection())
    expect(decision).toMatchObject({ effect: 'deny', level: 'none' })
    expect(decision.reasons).toEqual([{ code: 'default.no_grant', action: 'connection.view' }])
  })

  it('a deny that falls short names the group grant that reached highest, with its connection, group and role', () => {
    const decision = ask(user('eng1'), act.manage, connection())
    expect(decision).toMatchObject({ effect: 'deny', level: 'viewer' })
    expect(decision.reasons).toEqual([{ code: 'connection_roles.group_grant', connection: 'c', group: 'eng', connectionRole: 'viewer' }])
  })

  it('a direct grant that falls short is named with its connection and role', () => {
    const decision = ask(user('scoped'), act.manage, connection())
    expect(decision).toMatchObject({ effect: 'deny', level: 'consumer' })
    expect(decision.reasons).toEqual([{ code: 'connection_roles.direct_grant', connection: 'c', connectionRole: 'consumer' }])
  })

  it('a workplace role that falls short is named with the role and the connection role it gives', () => {
    const decision = ask(user('collab'), act.manage, connection())
    expect(decision).toMatchObject({ effect: 'deny', level: 'consumer' })
    expect(decision.reasons).toEqual([{ code: 'connection_roles.workplace_role', role: 'collaborator', connectionRole: 'consumer' }])
  })
})
