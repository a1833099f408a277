import { describe, expect, it } from 'vitest'
import { apply, encode, explainImpact, id, impact, impactOf, impactOfInput, everything, resource, subject, type AccountInput, type Command } from '../../src/index.js'
import { boxesOf } from '../../src/impact/item-sets.js'
import { compiled } from '../support/compiled.js'
import { account } from '../support/fixtures/account.js'
import { command, planningWorld } from '../support/commands.js'

describe('impactOf', () => {
  it('a rejected command has no impact and says why (the engine deny)', () => {
    const result = impactOf(planningWorld(), command('mia', { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource.tenant))
    expect(result.tag).toBe('rejected')
    if (result.tag === 'rejected') expect(result.report.reasons.length).toBeGreaterThan(0)
  })

  it('a command that would leave a world compile rejects (an RIU without workspaces, R3) is rejected with apply\'s own report: nothing is half-applied', () => {
    const world = planningWorld()
    const riu = command('tina', { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [] }, resource.user(id.user('bob')))
    const result = impactOf(world, riu)
    const applied = apply(world, riu)
    expect(result.tag).toBe('rejected')
    expect(applied._tag === 'Left' && result.tag === 'rejected' ? result.report : undefined).toEqual(applied._tag === 'Left' ? applied.left : 'applied')
  })

  it('a selective-access grant names the user, the model and the cells below the item (F45c)', () => {
    const grant: Command = {
      actor: subject.user(id.user('wanda')), action: { type: 'selectiveAccess.import', mode: 'additive' }, resource: resource.list(id.model('fp'), id.list('regions')),
      at: 0, tiebreak: 0, rows: [{ user: id.user('mia'), item: id.item('apac'), level: 'read' }],
    }
    const result = impactOf(planningWorld(), grant)
    expect(result.tag).toBe('applied')
    if (result.tag === 'applied') {
      expect(result.impact.scope.everything).toBe(false)
      expect([...result.impact.scope.reach.keys()]).toEqual(['fp'])
      expect([...(result.impact.scope.reach.get(id.model('fp'))?.keys() ?? [])]).toEqual(['mia'])
      expect(result.impact.administration).toEqual([])
    }
  })

  it('a removal from a workspace reports the seat, the role and the ceiling, in English', () => {
    const result = impactOf(planningWorld(), command('uma', { type: 'workspace.removeUser', workspace: id.workspace('sales'), via: 'administration' }, resource.user(id.user('mia'))))
    expect(result.tag).toBe('applied')
    if (result.tag !== 'applied') return
    expect(result.impact.memberships).toEqual([{ kind: 'membership', user: 'mia', workspace: 'sales', before: { seat: 'member', ssoException: false }, after: { seat: 'none', ssoException: false } }])
    expect(result.impact.models.filter((c) => c.kind === 'modelRole').map((c) => c.model)).toEqual(['fp', 'bud'])
    expect(explainImpact(result.impact)).toContain('User mia in workspace sales: member → none.')
  })
})

describe('impact of two worlds', () => {
  it('the same world changes nothing', () => {
    const world = planningWorld()
    expect(explainImpact(impact(world, world))).toBe('Nothing changes.')
  })

  it('an account upgrade waits for a fresh login; a downgrade applies at once (R58, A47)', () => {
    const before = compiled({ account })
    const changed: AccountInput = {
      ...account,
      users: account.users.map((u) =>
        u.id === 'plain' ? { ...u, baseRole: { role: 'administrator', grantedAt: 200, previous: 'user' } } : u.id === 'admin' ? { ...u, baseRole: { role: 'readOnly', grantedAt: 200, previous: 'administrator' } } : u,
      ),
    }
    const changes = impact(before, compiled({ account: changed })).account
    expect(changes.length).toBeGreaterThan(0)
    expect(new Set(changes.filter((c) => c.user === 'plain').map((c) => c.takesEffect))).toEqual(new Set(['freshLogin']))
    expect(new Set(changes.filter((c) => c.user === 'admin').map((c) => c.takesEffect))).toEqual(new Set(['now']))
  })

  it('impactOfInput: an input that does not compile gives its errors and compares nothing', () => {
    const world = planningWorld()
    const input = encode(world)
    const broken = { ...input, tenant: { ...input.tenant, users: [...(input.tenant?.users ?? []), { id: 'x', kind: 'robot' }] } }
    const result = impactOfInput(world, broken)
    expect(result._tag).toBe('Left')
    if (result._tag === 'Left') expect(result.left.map((e) => e.path).join()).toContain('users')
    expect(impactOfInput(world, input)._tag).toBe('Right')
  })
})

describe('cells as boxes', () => {
  it.each([
    { cells: [[0, 0], [0, 1], [1, 0], [1, 1]], boxes: [[[0, 1], [0, 1]]] },
    { cells: [[0, 0], [0, 1], [2, 1]], boxes: [[[0], [0]], [[0, 2], [1]]] },
    { cells: [[3]], boxes: [[[3]]] },
  ])('$cells → $boxes', ({ cells, boxes }) => {
    const found = boxesOf(cells)
    expect(found.flatMap((box) => box.reduce<number[][]>((acc, items) => acc.flatMap((c) => items.map((i) => [...c, i])), [[]])).map(String).sort()).toEqual(cells.map(String).sort())
    expect(found.length).toBe(boxes.length)
  })
})

describe('impact options', () => {
  const world = planningWorld()
  it.each([
    ['a misspelled option, which used to be ignored', { scop: everything }, 'options.scop: not an option of impact (scope is the one)'],
    ['null options (as from a JSON config)', null, 'options: expected an object, got null'],
    ['an array', [], 'options: expected an object, got an array'],
    ['a string', 'everything', "options: expected an object, got 'everything'"],
  ])('%s throws a TypeError naming it', (_name, options, message) => {
    expect(() => impact(world, world, options as never)).toThrow(new TypeError(message))
  })

  it('the one option, scope, is taken: everything decides every user, the default only what differs', () => {
    expect(impact(world, world, { scope: everything }).scope.everything).toBe(true)
    expect(impact(world, world).scope.everything).toBe(false)
  })
})
