// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { compile, type CompileError } from '../../src/index.js'

const errorsOf = (input: unknown): readonly CompileError[] => {
  const result = compile(input)
  return result._tag === 'Left' ? result.left : []
}
const paths = (input: unknown): readonly string[] => errorsOf(input).map((e) => `${e.code} ${e.path}`).sort()

describe('compile: workplace section', () => {
  it('accepts a minimal workplace', () => {
    expect(errorsOf({ workplace: { plan: 'developer', users: [] } })).toEqual([])
  })

  it('reports every bad path at once', () => {
    const input = {
      workplace: {
        plan: 'enterprise',
        roles: [{ id: 'owner' }, { id: 'custom' }, { id: 'custom' }],
        projectRoles: [{ id: 'viewer', manageSyncs: true }],
        users: [
          { id: 'ana', role: 'nope' },
          { id: 'ana', role: 'owner' },
          { id: 'bo', role: 'custom' },
        ],
        groups: [{ id: 'g', users: ['ghost'], groups: ['missing'] }, { id: 'g' }],
        projects: [{ id: 'p', members: [{ user: 'bo', role: 'chief' }, { group: 'nog', role: 'viewer' }, { user: 'bo', role: 'admin' }] }, { id: 'p' }],
        connections: [{ id: 'c', createdBy: 'zed', members: [{ user: 'zed', role: 'admin' }, { group: 'g', role: 'viewer' }, { group: 'g', role: 'admin' }] }],
      },
    }
    expect(paths(input)).toEqual(
      [
        'duplicate_id workplace.roles[0].id',
        'duplicate_id workplace.roles[2].id',
        'duplicate_id workplace.projectRoles[0].id',
        'dangling_reference workplace.users[0].role',
        'duplicate_id workplace.users[1].id',
        'dangling_reference workplace.groups[0].users[0]',
        'dangling_reference workplace.groups[0].groups[0]',
        'duplicate_id workplace.groups[1].id',
        'dangling_reference workplace.projects[0].members[0].role',
        'dangling_reference workplace.projects[0].members[1].group',
        'duplicate_id workplace.projects[0].members[2].user',
        'duplicate_id workplace.projects[1].id',
        'dangling_reference workplace.connections[0].createdBy',
        'dangling_reference workplace.connections[0].members[0].user',
        'duplicate_id workplace.connections[0].members[2].group',
      ].sort(),
    )
  })

  it('reports cycles in group nesting, including a group that includes itself', () => {
    const input = {
      workplace: {
        plan: 'enterprise',
        users: [{ id: 'ana', role: 'viewer' }],
        groups: [
          { id: 'a', groups: ['b'] },
          { id: 'b', groups: ['c'] },
          { id: 'c', users: ['ana'], groups: ['a'] },
          { id: 'self', groups: ['self'] },
          { id: 'fine', groups: ['c'] },
        ],
      },
    }
    expect(paths(input)).toEqual(['cycle workplace.groups[2].groups[0]', 'cycle workplace.groups[3].groups[0]'])
  })

  it('A37: custom roles and groups on a plan that lacks them', () => {
    const lacking = (plan: string, addOns?: readonly string[]) => ({
      workplace: {
        plan,
        ...(addOns === undefined ? {} : { addOns }),
        roles: [{ id: 'r' }],
        projectRoles: [{ id: 'pr' }],
        users: [],
        groups: [{ id: 'g' }],
      },
    })
    expect(paths(lacking('developer'))).toEqual(['invalid_value workplace.groups', 'invalid_value workplace.projectRoles', 'invalid_value workplace.roles'])
    expect(paths(lacking('team'))).toEqual(['invalid_value workplace.groups', 'invalid_value workplace.projectRoles', 'invalid_value workplace.roles'])
    expect(paths(lacking('team', ['userGroups']))).toEqual(['invalid_value workplace.projectRoles', 'invalid_value workplace.roles'])
    expect(paths(lacking('team', ['customRoles', 'userGroups']))).toEqual([])
    expect(paths(lacking('enterprise'))).toEqual([])
    expect(paths(lacking('enterprise', ['customRoles']))).toEqual(['invalid_value workplace.addOns'])
  })

  it('F62: a group holds no workplace role (unknown field)', () => {
    expect(paths({ workplace: { plan: 'enterprise', users: [], groups: [{ id: 'g', role: 'admin' }] } })).toEqual(['invalid_input workplace.groups[0].role'])
  })
})

describe('compile: account section', () => {
  it('reports every bad path at once', () => {
    const input = {
      account: {
        workspaces: [{ id: 'w' }, { id: 'w' }],
        users: [
          { id: 'ana', baseRole: { role: 'user', grantedAt: 0 }, workspaces: ['w', 'nope', 'w'], additionalRoles: [{ role: 'flowAuthor', grantedAt: 1 }, { role: 'flowAuthor', grantedAt: 2 }] },
          { id: 'ana', baseRole: { role: 'readOnly', grantedAt: 0 } },
        ],
      },
    }
    expect(paths(input)).toEqual(
      [
        'duplicate_id account.workspaces[1].id',
        'dangling_reference account.users[0].workspaces[1]',
        'duplicate_id account.users[0].workspaces[2]',
        'duplicate_id account.users[0].additionalRoles[1].role',
        'duplicate_id account.users[1].id',
      ].sort(),
    )
  })

  it('rejects an unknown base role on the wire', () => {
    expect(errorsOf({ account: { users: [{ id: 'ana', baseRole: { role: 'owner', grantedAt: 0 } }] } }).map((e) => e.code)).toEqual(['invalid_input'])
  })
})
