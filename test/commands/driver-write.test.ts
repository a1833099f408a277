import { describe, expect, it } from 'vitest'
import { apply, commandCodec, codecs, compile, decide, encode, id, impactOf, resource, subject, type CellWrite, type Command, type DriverInput, type World, type WorldInput } from '../../src/index.js'
import { t0 } from '../support/commands.js'
import { compiled } from '../support/compiled.js'

const drivers: readonly DriverInput[] = [
  { id: 'open', dimensions: ['regions'], values: [{ items: { regions: 'emea' }, value: true }], lineItem: { module: 'access', lineItem: 'open', version: 'budget' } },
  { id: 'grid', dimensions: ['regions', 'product'], bitmap: 'Jg==', lineItem: { module: 'grid-access', lineItem: 'grid', version: 'budget' } },
  { id: 'mostly', dimensions: ['product'], default: true, values: [{ items: { product: 'a' }, value: false }], lineItem: { module: 'product-access', lineItem: 'mostly', version: 'budget' } },
  { id: 'approvers', dimensions: ['users'], values: [{ user: 'wes', value: true }], lineItem: { module: 'people', lineItem: 'approver', version: 'budget' } },
  { id: 'fixed', dimensions: ['regions'], values: [] },
]

const input: WorldInput = {
  tenant: {
    users: ['wes', 'pia', 'lee', 'lena'].map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'sales', members: [{ user: 'wes', admin: true }, { user: 'pia' }, { user: 'lee' }, { user: 'lena' }] }],
    models: [
      {
        id: 'fp',
        workspace: 'sales',
        versions: [{ id: 'budget' }, { id: 'actual' }],
        lists: [
          { id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }, { id: 'amer' }] },
          { id: 'product', items: [{ id: 'a' }, { id: 'b' }] },
        ],
        modules: [
          { id: 'sales', lists: ['regions', 'product'], lineItems: [{ id: 'revenue', writeDriver: 'open' }, { id: 'units', writeDriver: 'grid' }, { id: 'price', writeDriver: 'mostly' }] },
          { id: 'access', lists: ['regions'], lineItems: [{ id: 'open' }, { id: 'note' }] },
          { id: 'grid-access', lists: ['product', 'regions'], lineItems: [{ id: 'grid' }] },
          { id: 'product-access', lists: ['product'], lineItems: [{ id: 'mostly' }] },
          { id: 'people', lineItems: [{ id: 'approver' }, { id: 'signed', readDriver: 'approvers' }] },
        ],
        drivers,
        roles: [
          { id: 'planner', modules: { sales: 'write', access: 'write' }, versions: { budget: 'write' } },
          { id: 'reader', modules: { sales: 'read', access: 'read' }, versions: { budget: 'read' } },
        ],
        assignments: [{ user: 'wes', role: 'fullAccess' }, { user: 'pia', role: 'planner' }, { user: 'lee', role: 'reader' }, { user: 'lena', role: 'fullAccess' }],
        selectiveAccess: [
          { user: 'pia', list: 'regions', item: 'emea', level: 'write' },
          { user: 'lee', list: 'regions', item: 'emea', level: 'read' },
          { user: 'lena', list: 'regions', item: 'emea', level: 'write' },
        ],
      },
    ],
  },
}
const world: World = compiled(input)

const cellOf = (module: string, lineItem: string, items: Readonly<Record<string, string>>, version = 'budget') =>
  resource.cell({ model: id.model('fp'), module: id.module(module), lineItem: id.lineItem(lineItem), version: id.version(version), items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, id.item(v)])) })

const write = (actor: string, target: ReturnType<typeof cellOf>, value: CellWrite, minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'cell.write', channel: 'interactive' },
  resource: target,
  at: t0 + minute * 60_000,
  tiebreak: minute,
  write: value,
})

const applied = (w: World, command: Command): World => {
  const r = apply(w, command)
  if (r._tag === 'Left') throw new Error(r.left.reasons.map((x) => `${x.code} ${JSON.stringify(x)}`).join('\n'))
  return r.right.world
}
const driverOut = (w: World, driver: string) => encode(w).tenant?.models[0]?.drivers?.find((d) => d.id === driver)
const codes = (r: ReturnType<typeof apply>) => (r._tag === 'Left' ? r.left.reasons.map((x) => x.code) : ['applied'])
const roundTrips = (w: World) => {
  const json = JSON.parse(JSON.stringify(encode(w))) as unknown
  const again = compile(json)
  if (again._tag === 'Left') throw new Error(again.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  expect(encode(again.right)).toEqual(json)
}
const revenue = (item: string) => cellOf('sales', 'revenue', { regions: item, product: 'a' })
const writeCell = { type: 'cell.write', channel: 'interactive' } as const

describe('cell.write commands on the line item that holds a driver (F47, F49, F50)', () => {
  it('F47 a workspace administrator sets a driver cell: dynamic cell access changes for everyone it covers', () => {
    const pia = subject.user(id.user('pia'))
    const lena = subject.user(id.user('lena'))
    expect(decide(world)(lena, writeCell, revenue('emea')).effect).toBe('allow')
    const after = applied(world, write('wes', cellOf('access', 'open', { regions: 'emea' }), { value: false }))
    expect(driverOut(after, 'open')?.values).toEqual([{ items: { regions: 'emea' }, value: false }])
    expect(decide(after)(pia, writeCell, revenue('emea')).reasons.map((r) => r.code)).toContain('dynamic_cell_access.read_only')
    expect(decide(after)(lena, writeCell, revenue('emea')).reasons.map((r) => r.code)).toContain('dynamic_cell_access.read_only')
    roundTrips(after)
  })

  it('impactOf names the users and cells the write changes: Write becomes Read on revenue at emea for those it covers', () => {
    const result = impactOf(world, write('wes', cellOf('access', 'open', { regions: 'emea' }), { value: false }))
    if (result.tag !== 'applied') throw new Error('rejected')
    const changes = result.impact.models.filter((c) => c.kind === 'cells' && c.lineItem === 'revenue').map((c) => (c.kind === 'cells' ? [c.user, c.from, c.to, c.count] : []))
    expect(changes).toEqual(expect.arrayContaining([['lena', 'write', 'read', 2], ['pia', 'write', 'read', 2]]))
  })

  it('the write is decided as cell.write for the actor: the model role (R34) and selective access (R37) decide it', () => {
    const reader = apply(world, write('lee', cellOf('access', 'open', { regions: 'emea' }), { value: false }))
    expect(codes(reader)).toContain('model_roles.module_permission')
    expect(reader._tag === 'Left' ? reader.left.decision?.level : undefined).toBe('read')
    const outside = apply(world, write('pia', cellOf('access', 'open', { regions: 'apac' }), { value: true }))
    expect(codes(outside)).toContain('selective_access.item_not_granted')
    const own = decide(world)(subject.user(id.user('pia')), writeCell, cellOf('access', 'open', { regions: 'apac' }))
    expect(outside._tag === 'Left' ? outside.left.decision : undefined).toEqual(own)
    const granted = applied(world, write('pia', cellOf('access', 'open', { regions: 'emea' }), { value: false }))
    expect(driverOut(granted, 'open')?.values).toEqual([{ items: { regions: 'emea' }, value: false }])
  })

  it('a value is replaced in place, a new cell is added after the others, and a write that changes nothing keeps the world', () => {
    const added = applied(world, write('wes', cellOf('access', 'open', { regions: 'amer' }), { value: true }))
    expect(driverOut(added, 'open')?.values).toEqual([{ items: { regions: 'emea' }, value: true }, { items: { regions: 'amer' }, value: true }])
    const same = apply(added, write('wes', cellOf('access', 'open', { regions: 'amer' }), { value: true }, 1))
    expect(same._tag === 'Right' ? same.right.world : undefined).toBe(added)
    roundTrips(added)
  })

  it('a bitmap stays a bitmap with the one bit changed', () => {
    // Jg== is 0b00100110 over emea.a emea.b apac.a apac.b amer.a amer.b: emea.b, apac.a and amer.b TRUE.
    const after = applied(world, write('wes', cellOf('grid-access', 'grid', { regions: 'emea', product: 'a' }), { value: true }))
    expect(driverOut(after, 'grid')).toEqual({ id: 'grid', dimensions: ['regions', 'product'], bitmap: 'Jw==', lineItem: { module: 'grid-access', lineItem: 'grid', version: 'budget' } })
    const cleared = applied(after, write('wes', cellOf('grid-access', 'grid', { regions: 'amer', product: 'b' }), { value: false }, 1))
    expect(driverOut(cleared, 'grid')?.bitmap).toBe('Bw==')
    expect(decide(cleared)(subject.user(id.user('lena')), writeCell, cellOf('sales', 'units', { regions: 'emea', product: 'a' })).effect).toBe('allow')
    roundTrips(cleared)
  })

  it('a driver with a default keeps it: the written cell joins its exceptions', () => {
    const after = applied(world, write('wes', cellOf('product-access', 'mostly', { product: 'b' }), { value: false }))
    expect(driverOut(after, 'mostly')).toMatchObject({ default: true, values: [{ items: { product: 'a' }, value: false }, { items: { product: 'b' }, value: false }] })
    roundTrips(after)
  })

  it('R27 a Users list subset: the write names the user; without one, or on another driver, it is refused', () => {
    const after = applied(world, write('wes', cellOf('people', 'approver', {}), { value: true, user: id.user('lena') }))
    expect(driverOut(after, 'approvers')?.values).toEqual([{ user: 'wes', value: true }, { user: 'lena', value: true }])
    expect(decide(after)(subject.user(id.user('lena')), { type: 'cell.read', channel: 'interactive' }, cellOf('people', 'signed', {})).effect).toBe('allow')
    roundTrips(after)
    expect(codes(apply(world, write('wes', cellOf('people', 'approver', {}), { value: true })))).toEqual(['commands.integrity'])
    expect(codes(apply(world, write('wes', cellOf('access', 'open', { regions: 'emea' }), { value: true, user: id.user('lena') })))).toEqual(['commands.integrity'])
    expect(codes(apply(world, write('wes', cellOf('people', 'approver', {}), { value: true, user: id.user('nobody') })))).toEqual(['commands.integrity'])
  })

  it.each([
    ['a line item that holds no driver', cellOf('access', 'note', { regions: 'emea' }), 'resource.lineItem'],
    ['the driver line item at another version', cellOf('access', 'open', { regions: 'emea' }, 'actual'), 'resource.version'],
  ] as const)('commands.integrity: %s is refused, naming the field, and changes nothing', (_title, target, path) => {
    const r = apply(world, write('wes', target, { value: false }))
    expect(r._tag === 'Left' ? r.left.reasons : []).toMatchObject([{ code: 'commands.integrity', path }])
  })

  it('the codec requires `write` on cell.write and refuses it elsewhere', () => {
    const wire = { actor: { kind: 'user', id: 'wes' }, action: { type: 'cell.write', channel: 'interactive' }, resource: { kind: 'cell', model: 'fp', module: 'access', lineItem: 'open', version: 'budget', items: { regions: 'emea' } }, at: t0, tiebreak: 1 }
    const errors = (u: unknown) => {
      const d = commandCodec.decode(u)
      return d._tag === 'Left' ? codecs.report(d.left).map((e) => e.path) : []
    }
    expect(errors(wire)).toEqual(['write'])
    expect(errors({ ...wire, write: { value: 'yes' } })).toEqual(['write.value'])
    expect(errors({ ...wire, write: { value: true } })).toEqual([])
    expect(errors({ ...wire, action: { type: 'cell.read', channel: 'interactive' }, write: { value: true } })).toEqual(['action.type'])
    expect(errors({ actor: wire.actor, action: { type: 'list.editStructure' }, resource: { kind: 'list', model: 'fp', list: 'regions' }, at: t0, tiebreak: 1, edit: {}, write: { value: true } })).toEqual(['write'])
  })
})

describe('compile checks a driver\'s lineItem (F47)', () => {
  const withDriver = (driver: DriverInput): unknown => ({ tenant: { ...input.tenant, models: [{ ...input.tenant?.models[0], drivers: [...drivers, driver] }] } })
  const errors = (u: unknown) => {
    const r = compile(u)
    return r._tag === 'Left' ? r.left.map((e) => [e.code, e.path]) : []
  }
  const at = 'tenant.models[0].drivers[5].lineItem'
  it.each([
    ['an unknown module', { module: 'nowhere', lineItem: 'open', version: 'budget' }, [['dangling_reference', `${at}.module`]]],
    ['an unknown line item', { module: 'access', lineItem: 'nothing', version: 'budget' }, [['dangling_reference', `${at}.lineItem`]]],
    ['an unknown version', { module: 'access', lineItem: 'note', version: 'forecast' }, [['dangling_reference', `${at}.version`]]],
    ['a module dimensioned by other lists', { module: 'product-access', lineItem: 'mostly', version: 'actual' }, [['invalid_value', `${at}.module`]]],
    ['a line item already holding another driver at that version', { module: 'access', lineItem: 'open', version: 'budget' }, [['duplicate_id', at]]],
  ] as const)('%s is an error naming the path', (_title, lineItem, expected) => {
    expect(errors(withDriver({ id: 'extra', dimensions: ['regions'], lineItem }))).toEqual(expected)
  })
  it('the same line item at another version holds another driver', () => {
    expect(errors(withDriver({ id: 'extra', dimensions: ['regions'], lineItem: { module: 'access', lineItem: 'open', version: 'actual' } }))).toEqual([])
  })
})
