// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, connectionMembers, decide, id, resource, subject, type World } from '../../src/index.js'
import { connectionIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'

const world: World = compiled({
  workplace: {
    plan: 'team',
    addOns: ['userGroups', 'customRoles'],
    roles: [{ id: 'manual', permissions: [] }],
    users: [
      { id: 'ada', role: 'admin' },
      { id: 'cole', role: 'collaborator' },
      { id: 'vik', role: 'viewer' },
      { id: 'bo', role: 'manual' },
      { id: 'nil', role: 'manual' },
    ],
    groups: [{ id: 'eng', users: ['bo'] }],
    connections: [{ id: 'aws', members: [{ user: 'cole', role: 'admin' }, { user: 'vik', role: 'consumer' }, { group: 'eng', role: 'consumer' }] }],
  },
})

describe('connectionMembers (R47)', () => {
  it('R47 lists each member with the source of each role, and which ones the Remove action may remove', () => {
    const list = connectionMembers(world, id.connection('aws'))
    expect(list).toEqual({
      _tag: 'Right',
      right: {
        connection: 'aws',
        scoping: true,
        users: [
          // Manage All through the Admin workplace role (R41): listed, not removable (R47).
          { user: 'ada', role: 'admin', sources: [{ via: 'workplaceRole', role: 'admin', connectionRole: 'admin' }], floor: 'admin', removable: false },
          // Highest privilege wins (R43); the raised direct grant is not removable while the workplace role gives Consumer (R48, I34).
          {
            user: 'cole',
            role: 'admin',
            sources: [{ via: 'workplaceRole', role: 'collaborator', connectionRole: 'consumer' }, { via: 'direct', connectionRole: 'admin' }],
            floor: 'consumer',
            removable: false,
          },
          // A direct grant alone: Remove removes it (R49).
          { user: 'vik', role: 'consumer', sources: [{ via: 'direct', connectionRole: 'consumer' }], floor: 'none', removable: true },
          // Through a group: the group is the member that can be removed, not the user.
          { user: 'bo', role: 'consumer', sources: [{ via: 'group', group: 'eng', connectionRole: 'consumer' }], floor: 'none', removable: false },
        ],
        groups: [{ group: 'eng', role: 'consumer' }],
      },
    })
  })

  it('R47 an unknown connection, or a world without a workplace, is an unknown id', () => {
    expect(connectionMembers(world, id.connection('gcp'))).toEqual({ _tag: 'Left', left: [{ code: 'request.unknown_id', kind: 'connection', id: 'gcp' }] })
    expect(connectionMembers(compiled({}), id.connection('aws'))).toEqual({ _tag: 'Left', left: [{ code: 'request.unknown_id', kind: 'workplace', id: 'workplace' }] })
  })

  it('R47 the list agrees with decide: each user\'s role is what connection.view/createSync/manage allow, and removable is exactly what connection.removeMember would need of the member', () => {
    fc.assert(
      fc.property(workplaceArb, fc.constantFrom(...connectionIds), (input, c) => {
        const compiledWorld = compile({ workplace: input })
        if (compiledWorld._tag === 'Left') throw new Error('does not compile')
        const w = compiledWorld.right
        const list = connectionMembers(w, id.connection(c))
        if (list._tag === 'Left') throw new Error('unknown connection')
        const decider = decide(w)
        const target = resource.workplaceConnection(id.connection(c))
        const listed = new Map(list.right.users.map((m) => [m.user as string, m]))
        for (const user of input.users ?? []) {
          const view = decider(subject.user(id.user(user.id)), { type: 'connection.view' }, target).effect
          const manage = decider(subject.user(id.user(user.id)), { type: 'connection.manage' }, target).effect
          const row = listed.get(user.id)
          expect(view === 'allow').toBe(row !== undefined && row.role !== 'none')
          expect(manage === 'allow').toBe(row?.role === 'admin')
          const direct = (input.connections ?? []).find((x) => x.id === c)?.members?.some((m) => 'user' in m && m.user === user.id) === true
          if (direct) expect(row).toBeDefined()
          if (row !== undefined) expect(row.removable).toBe(direct && row.floor === 'none')
        }
      }),
      { numRuns: 200 },
    )
  })
})
