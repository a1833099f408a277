import { describe, expect, test } from 'vitest'
import { accessReport, accessReview, apply, compile, connectionMembers, decide, decideCells, encode, id, impact, impactOf, lint, replay, trace, whatCan, whoCan, type CompileError, type World } from '../src/index.js'

const errorsOf = (input: unknown): readonly CompileError[] => {
  const result = compile(input)
  return result._tag === 'Left' ? result.left : []
}
const pairs = (errors: readonly CompileError[]): readonly (readonly [string, string])[] => errors.map((e) => [e.code, e.path] as const)

describe('compile: malformed input is reported field by field, all at once', () => {
  const input = {
    tenant: {
      auditLicensed: 'yes',
      users: [{ id: 'ana', kind: 'internal', nickname: 'A' }, { kind: 'internal' }, { id: 'bob', kind: 'robot' }],
      workspaces: [{ id: 'w', members: [{ user: 'ana', admin: 1 }] }],
      models: [{ id: 'm', workspace: 'w', lists: [{ id: 'l', selectiveAccess: 'on', items: [{ id: '' }] }] }],
      colour: 'blue',
    },
  }

  test.each([
    ['unknown field', 'tenant.users[0].nickname', /unknown field 'nickname'/],
    ['unknown field', 'tenant.colour', /unknown field 'colour'/],
    ['wrong type', 'tenant.auditLicensed', /boolean/],
    ['wrong type', 'tenant.workspaces[0].members[0].admin', /boolean/],
    ['wrong type', 'tenant.models[0].lists[0].selectiveAccess', /boolean/],
    ['missing field', 'tenant.users[1].id', /missing field 'id'/],
    ['bad literal', 'tenant.users[2].kind', /internal, visiting/],
    ['empty id', 'tenant.models[0].lists[0].items[0].id', /non-empty/],
  ])('%s at %s', (_, path, message) => {
    const found = errorsOf(input).filter((e) => e.path === path)
    expect(found.map((e) => e.code)).toStrictEqual(['invalid_input'])
    expect(found[0]?.message).toMatch(message)
  })

  test('every decoding error is reported, not only the first', () => {
    expect(errorsOf(input)).toHaveLength(8)
  })

  test('a world that is not an object is one error at the root', () => {
    expect(pairs(errorsOf([]))).toStrictEqual([['invalid_input', '(root)']])
  })
})

describe('compile: a value it cannot describe or read is an error, never a throw', () => {
  const cyclic: Record<string, unknown> = {}
  cyclic['self'] = cyclic
  const withEmail = (email: unknown): unknown => ({ tenant: { users: [{ id: 'ana', kind: 'internal', email }], workspaces: [], models: [] } })
  test.each([
    ['a bigint', 1n, 'a bigint'],
    ['a symbol', Symbol('s'), 'a symbol'],
    ['a function', () => 'ana@example.com', 'a function'],
    ['NaN', Number.NaN, 'NaN'],
    ['a cyclic object', cyclic, 'a value that cannot be written as JSON'],
    ['an object whose toJSON throws', { toJSON: (): never => { throw new Error('no') } }, 'a value that cannot be written as JSON'],
  ])('%s where a string is expected', (_, email, described) => {
    expect(errorsOf(withEmail(email))).toStrictEqual([{ code: 'invalid_input', path: 'tenant.users[0].email', message: `expected string, got ${described}` }])
    const result = compile({ tenant: { users: [], workspaces: [], models: [] } }, { workspaceAdminsBypassSelectiveAccess: email } as never)
    expect(result._tag === 'Left' ? result.left : []).toStrictEqual([
      { code: 'invalid_input', path: 'settings.workspaceAdminsBypassSelectiveAccess', message: `expected boolean, got ${described}` },
    ])
  })

  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  }
  const throwing = (): object => Object.defineProperty({}, 'users', { enumerable: true, get: (): never => { throw Object.create(null) as Error } })
  test.each([
    ['a revoked proxy as the world', revoked, "Cannot perform 'IsArray' on a proxy that has been revoked"],
    ['a revoked proxy deep inside', () => ({ tenant: { users: revoked() } }), "Cannot perform 'IsArray' on a proxy that has been revoked"],
    ['a getter throwing a value without a prototype', () => ({ tenant: throwing() }), 'a value that cannot be described'],
  ])('%s', (_, input, message) => {
    expect(errorsOf(input())).toStrictEqual([{ code: 'invalid_input', path: '(root)', message: `it could not be read: ${message}` }])
    const result = compile(input(), revoked())
    expect(result._tag === 'Left' ? result.left : []).toStrictEqual([
      { code: 'invalid_input', path: 'settings', message: "it could not be read: Cannot perform 'IsArray' on a proxy that has been revoked" },
      { code: 'invalid_input', path: '(root)', message: `it could not be read: ${message}` },
    ])
  })
})

describe('compile: very many errors are reported, never a RangeError', () => {
  test('300,000 users with an unknown field are 300,000 errors naming each', () => {
    const users = Array.from({ length: 300_000 }, (_, i) => ({ id: `u${i}`, kind: 'internal', nick: 'x' }))
    const errors = errorsOf({ tenant: { users, workspaces: [], models: [] } })
    expect(errors).toHaveLength(300_000)
    expect(errors.at(-1)).toEqual({ code: 'invalid_input', path: 'tenant.users[299999].nick', message: "unknown field 'nick' in user" })
  })
})

describe('a World is what compile or apply returned, nothing else', () => {
  const compiled = compile({ tenant: { users: [], workspaces: [], models: [] } })
  const world = compiled._tag === 'Right' ? compiled.right : undefined
  const switchOn = { actor: { kind: 'user', id: 'tina' }, action: { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource: { kind: 'tenant' }, at: 1, tiebreak: 1 } as never
  const forged: readonly [string, unknown][] = [
    ['the Either compile returns, not its right', compiled],
    ['an object shaped like a world', JSON.parse(JSON.stringify(world ?? {}))],
    ['null', null],
  ]
  const uses: readonly [string, (w: World) => unknown][] = [
    ['decide', (w) => decide(w)],
    ['trace', (w) => trace(w)],
    ['whoCan', (w) => whoCan(w)],
    ['whatCan', (w) => whatCan(w)],
    ['decideCells', (w) => decideCells(w)],
    ['accessReview', (w) => accessReview(w)],
    ['accessReport', (w) => accessReport(w)],
    ['lint', (w) => lint(w)],
    ['encode', (w) => encode(w)],
    ['apply', (w) => apply(w, switchOn)],
    ['replay', (w) => replay(w, [switchOn])],
    ['impactOf', (w) => impactOf(w, switchOn)],
    ['impact', (w) => impact(w, w)],
    ['connectionMembers', (w) => connectionMembers(w, id.connection('c'))],
  ]
  test.each(forged.flatMap(([what, value]) => uses.map(([name, use]) => [name, what, value, use] as const)))(
    '%s refuses %s with a TypeError, where it used to read it as an empty world (lint: no findings, accessReview: no rows)',
    (_, __, value, use) => {
      expect(() => use(value as World)).toThrow(new TypeError('expected a World that compile or apply returned (compile(input).right), got something else'))
    },
  )
  test('a compiled world and the worlds apply returns are accepted', () => {
    expect(world).toBeDefined()
    if (world === undefined) return
    expect(lint(world)).toEqual([])
    const after = apply(world, switchOn)
    if (after._tag === 'Right') expect(() => lint(after.right.world)).not.toThrow()
  })
})

describe('compile: integrity errors name every bad path', () => {
  const input = {
    tenant: {
      users: [
        { id: 'ana', kind: 'internal' },
        { id: 'riu', kind: 'internal', restrictedIntegrationWorkspaces: [] },
        { id: 'ana', kind: 'internal' },
        { id: 'vic', kind: 'visiting', roles: ['integrationAdmin'] },
      ],
      workspaces: [{ id: 'w', members: [{ user: 'ana' }, { user: 'ghost' }, { user: 'ana' }] }, { id: 'w' }],
      models: [
        {
          id: 'm',
          workspace: 'nowhere',
          lists: [
            { id: 'a', parent: 'b', items: [{ id: 'a1' }] },
            { id: 'b', parent: 'a', items: [{ id: 'b1' }] },
            { id: 'region', items: [{ id: 'emea' }] },
            { id: 'country', parent: 'region', items: [{ id: 'de', parent: 'asia' }] },
            { id: 'flat', items: [{ id: 'x', parent: 'emea' }] },
          ],
          versions: [{ id: 'actual' }, { id: 'actual' }],
          drivers: [{ id: 'by-flat', dimensions: ['flat'], values: [{ items: { flat: 'x' }, value: true }] }],
          modules: [{ id: 'mod', lists: ['region', 'missing'], lineItems: [{ id: 'li', readDriver: 'by-flat', writeDriver: 'nope' }] }],
          roles: [{ id: 'fullAccess' }, { id: 'planner', modules: { ghost: 'read' } }],
          assignments: [{ user: 'ana', role: 'planner' }, { user: 'ana', role: 'noAccess' }, { user: 'ghost', role: 'planner' }],
          selectiveAccess: [{ user: 'ana', list: 'flat', item: 'x', level: 'read' }],
          actions: [{ id: 'exp', kind: 'export', visibility: 'private', source: { module: 'gone' }, target: { file: true } }],
        },
      ],
      integrations: [{ id: 'i', workspace: 'w', restricted: true, createdBy: 'ghost', steps: [{ model: 'm', action: 'nope' }] }],
    },
  }
  const errors = errorsOf(input)

  test.each([
    ['duplicate user id', 'duplicate_id', 'tenant.users[2].id'],
    ['duplicate workspace id', 'duplicate_id', 'tenant.workspaces[1].id'],
    ['duplicate member', 'duplicate_id', 'tenant.workspaces[0].members[2].user'],
    ['duplicate version', 'duplicate_id', 'tenant.models[0].versions[1].id'],
    ['duplicate assignment (F34)', 'duplicate_id', 'tenant.models[0].assignments[1].user'],
    ['custom role reusing a built-in id', 'duplicate_id', 'tenant.models[0].roles[0].id'],
    ['dangling member', 'dangling_reference', 'tenant.workspaces[0].members[1].user'],
    ['dangling model workspace', 'dangling_reference', 'tenant.models[0].workspace'],
    ['dangling module dimension', 'dangling_reference', 'tenant.models[0].modules[0].lists[1]'],
    ['dangling driver', 'dangling_reference', 'tenant.models[0].modules[0].lineItems[0].writeDriver'],
    ['dangling role permission', 'dangling_reference', 'tenant.models[0].roles[1].modules.ghost'],
    ['dangling assignment user', 'dangling_reference', 'tenant.models[0].assignments[2].user'],
    ['dangling export source', 'dangling_reference', 'tenant.models[0].actions[0].source'],
    ['dangling integration creator', 'dangling_reference', 'tenant.integrations[0].createdBy'],
    ['dangling integration step', 'dangling_reference', 'tenant.integrations[0].steps[0].action'],
    ['list cycle', 'cycle', 'tenant.models[0].lists[0].parent'],
    ['list cycle', 'cycle', 'tenant.models[0].lists[1].parent'],
    ['item parent outside the parent list (F45)', 'dangling_reference', 'tenant.models[0].lists[3].items[0].parent'],
    ['item parent on a list without a parent list', 'invalid_value', 'tenant.models[0].lists[4].items[0].parent'],
    ['RIU with no workspace (R3, I18)', 'invalid_value', 'tenant.users[1].restrictedIntegrationWorkspaces'],
    ['integration administrator who is visiting (F17, A22)', 'invalid_value', 'tenant.users[3].kind'],
    ['grant on a list without selective access', 'invalid_value', 'tenant.models[0].selectiveAccess[0].list'],
    ['driver dimensioned by a list the module lacks', 'invalid_value', 'tenant.models[0].modules[0].lineItems[0].readDriver'],
    ['private action without its creator', 'invalid_value', 'tenant.models[0].actions[0].createdBy'],
  ])('%s: %s at %s', (_, code, path) => {
    expect(pairs(errors)).toContainEqual([code, path])
  })

  test('all of them at once, and nothing else', () => {
    expect(errors).toHaveLength(24)
    expect(errors.every((e) => e.message.length > 0)).toBe(true)
  })

  test('a valid world compiles to an opaque, frozen world', () => {
    const result = compile({ tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [{ id: 'w', members: [{ user: 'ana' }] }], models: [] } })
    expect(result._tag).toBe('Right')
    if (result._tag === 'Right') expect(Object.isFrozen(result.right)).toBe(true)
  })
})
