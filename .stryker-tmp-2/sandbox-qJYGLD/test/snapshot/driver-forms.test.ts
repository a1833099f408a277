// @ts-nocheck
import { describe, expect, test } from 'vitest'
import { codecs, compile, decide, decideCells, encode, id, resource, subject, type DriverInput, type WorldInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

/** A model with `drivers` over regions (3) and products (2); its module has both lists and one line item read-driven by `read`. */
const worldWith = (drivers: readonly DriverInput[], read = drivers[0]?.id): WorldInput => ({
  tenant: {
    users: [{ id: 'ana', kind: 'internal' }, { id: 'bo', kind: 'internal' }],
    workspaces: [{ id: 'w', members: [{ user: 'ana' }, { user: 'bo' }] }],
    models: [
      {
        id: 'm',
        workspace: 'w',
        versions: [{ id: 'v' }],
        lists: [
          { id: 'region', items: [{ id: 'emea' }, { id: 'apac' }, { id: 'amer' }] },
          { id: 'product', items: [{ id: 'a' }, { id: 'b' }] },
        ],
        drivers,
        modules: [{ id: 'mod', lists: ['region', 'product'], lineItems: [{ id: 'li', ...(read === undefined ? {} : { readDriver: read }) }] }],
        roles: [],
        assignments: [{ user: 'ana', role: 'fullAccess' }, { user: 'bo', role: 'fullAccess' }],
      },
    ],
  },
})

const errorsOf = (input: unknown) => {
  const result = compile(input)
  return result._tag === 'Left' ? result.left.map((e) => `${e.code} ${e.path}: ${e.message}`) : []
}

const readable = (input: WorldInput, user = 'ana'): string[] => {
  const decider = decide(compiled(input))
  const cells: string[] = []
  for (const region of ['emea', 'apac', 'amer'])
    for (const product of ['a', 'b']) {
      const cell = resource.cell({ model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('li'), version: id.version('v'), items: { region: id.item(region), product: id.item(product) } })
      if (decider(subject.user(id.user(user)), { type: 'cell.read', channel: 'interactive' }, cell).effect === 'allow') cells.push(`${region}.${product}`)
    }
  return cells
}

describe('driver values in their three wire forms decide alike (F47, A33)', () => {
  const verbose: DriverInput = {
    id: 'd',
    dimensions: ['region', 'product'],
    values: [
      { items: { region: 'emea', product: 'b' }, value: true },
      { items: { region: 'apac', product: 'a' }, value: true },
      { items: { region: 'amer', product: 'b' }, value: true },
    ],
  }
  // Cells region-major: emea.a emea.b apac.a apac.b amer.a amer.b = bits 0..5 → 0b100110 = 0x26.
  const bitmap: DriverInput = { id: 'd', dimensions: ['region', 'product'], bitmap: 'Jg==' }
  const withDefault: DriverInput = {
    id: 'd',
    dimensions: ['region', 'product'],
    default: true,
    values: [
      { items: { region: 'emea', product: 'a' }, value: false },
      { items: { region: 'apac', product: 'b' }, value: false },
      { items: { region: 'amer', product: 'a' }, value: false },
    ],
  }

  test.each([
    ['one value a cell', verbose],
    ['a bitmap', bitmap],
    ['a default with exceptions', withDefault],
  ])('%s', (_, driver) => {
    expect(readable(worldWith([driver]))).toEqual(['emea.b', 'apac.a', 'amer.b'])
    const grid = decideCells(compiled(worldWith([driver])))(subject.user(id.user('ana')), { type: 'cell.read', channel: 'interactive' }, { model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('li'), version: id.version('v') })
    expect(grid.count()).toBe(3)
  })

  test.each([
    ['one value a cell', verbose],
    ['a bitmap', bitmap],
    ['a default with exceptions', withDefault],
    ['a default alone', { id: 'd', dimensions: ['region'], default: true }],
    ['a default on a users dimension', { id: 'd', dimensions: ['users'], default: true, values: [{ user: 'bo', value: false }] }],
    ['a default on a global driver', { id: 'd', default: true }],
  ])('encode gives %s back as delivered', (_, driver) => {
    const input = worldWith([driver])
    const decoded = codecs.world.decode(structuredClone(input))
    if (decoded._tag === 'Left') throw new Error('the world decodes')
    expect(encode(compiled(input)).tenant?.models[0]?.drivers).toStrictEqual(decoded.right.tenant?.models[0]?.drivers)
  })

  test('encode writes a bitmap canonically: its unused bits 0', () => {
    // 0xe6 sets bits 6 and 7 too, past the 6 cells: they read nothing, and come back 0.
    const noisy = worldWith([{ id: 'd', dimensions: ['region', 'product'], bitmap: '5g==' }])
    expect(readable(noisy)).toEqual(['emea.b', 'apac.a', 'amer.b'])
    expect(encode(compiled(noisy)).tenant?.models[0]?.drivers?.[0]?.bitmap).toBe('Jg==')
  })

  test('a default on a users dimension applies to users without a value; the alias reads FALSE (A33)', () => {
    const input = worldWith([{ id: 'd', dimensions: ['users'], default: true, values: [{ user: 'bo', value: false }] }])
    expect(readable(input, 'ana')).toHaveLength(6)
    expect(readable(input, 'bo')).toEqual([])
    const cell = resource.cell({ model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('li'), version: id.version('v'), items: { region: id.item('emea'), product: id.item('a') } })
    const decision = decide(compiled(input))(subject.internalAlias, { type: 'cell.read', channel: 'interactive' }, cell)
    expect(decision.reasons.map((r) => r.code)).toContain('dynamic_cell_access.hidden')
  })
})

describe('compile errors of the compact forms name the bad field', () => {
  const path = 'tenant.models[0].drivers[0]'
  test('a bitmap that is not base64 is a decode error at its path', () => {
    expect(errorsOf(worldWith([{ id: 'd', dimensions: ['region', 'product'], bitmap: 'Jg=' }]))).toEqual([
      `invalid_input ${path}.bitmap: expected base64 (A–Z, a–z, 0–9, + and /, padded with = to a multiple of 4 characters)`,
    ])
  })

  test('a bitmap of the wrong length', () => {
    expect(errorsOf(worldWith([{ id: 'd', dimensions: ['region', 'product'], bitmap: 'JiY=' }]))).toEqual([
      `invalid_value ${path}.bitmap: expected 1 bytes (one bit for each of 6 cells), got 2`,
    ])
  })

  test.each([
    ['beside values', { id: 'd', dimensions: ['region'], bitmap: 'Bw==', values: [] }, 'a bitmap gives every cell a value: no values or default beside it'],
    ['beside a default', { id: 'd', dimensions: ['region'], bitmap: 'Bw==', default: false }, 'a bitmap gives every cell a value: no values or default beside it'],
    ['over users', { id: 'd', dimensions: ['users'], bitmap: 'Aw==' }, 'a bitmap needs a driver dimensioned by lists only (not users), of at most 2^31 cells'],
    ['without dimensions', { id: 'd', bitmap: 'AA==' }, 'a bitmap needs a driver dimensioned by lists only (not users), of at most 2^31 cells'],
  ])('a bitmap %s', (_, driver, message) => {
    expect(errorsOf(worldWith([driver as DriverInput], 'none'))).toContain(`invalid_value ${path}.bitmap: ${message}`)
  })

  test('a value naming a user on a driver not dimensioned by users', () => {
    expect(errorsOf(worldWith([{ id: 'd', dimensions: ['region'], values: [{ items: { region: 'emea' }, user: 'ana', value: true }] }]))).toEqual([
      `invalid_value ${path}.values[0].user: the driver is not dimensioned by users`,
    ])
  })

  test('a repeated dimension is an error naming it', () => {
    expect(errorsOf(worldWith([{ id: 'd', dimensions: ['region', 'product', 'region'] }]))).toEqual([
      `duplicate_id ${path}.dimensions[2]: 'region' dimensions the driver twice`,
    ])
  })
})

describe('compile never overflows the stack on thousands of dimensions', () => {
  const n = 8_000
  const lists = Array.from({ length: n }, (_, i) => ({ id: `L${i}`, items: [{ id: 'x' }, { id: 'y' }] }))
  const items = Object.fromEntries(lists.map((l) => [l.id, 'x']))
  const model = (drivers: readonly DriverInput[]): WorldInput => ({
    tenant: {
      users: [{ id: 'ana', kind: 'internal' }],
      workspaces: [{ id: 'w', members: [{ user: 'ana' }] }],
      models: [{ id: 'm', workspace: 'w', versions: [{ id: 'v' }], lists, drivers, modules: [{ id: 'mod', lists: lists.map((l) => l.id), lineItems: [{ id: 'li', readDriver: 'd' }] }], assignments: [{ user: 'ana', role: 'fullAccess' }] }],
    },
  })

  test(`a driver of ${n} unknown dimensions gives errors`, () => {
    const errors = errorsOf({ ...model([]), tenant: { ...model([]).tenant!, models: [{ ...model([]).tenant!.models[0]!, lists: [], modules: [], drivers: [{ id: 'd', dimensions: lists.map((l) => l.id), values: [{ items, value: true }] }] }] } })
    // Each unknown dimension, then each item of the value naming a list the driver is not dimensioned by.
    expect(errors).toHaveLength(2 * n)
    expect(errors[0]).toBe("dangling_reference tenant.models[0].drivers[0].dimensions[0]: unknown list 'L0'")
    expect(errors[n]).toBe("invalid_value tenant.models[0].drivers[0].values[0].items.L0: the driver is not dimensioned by 'L0'")
  })

  test(`a driver of ${n} lists and the users gives a world that decides`, () => {
    const world = compiled(model([{ id: 'd', dimensions: [...lists.map((l) => l.id), 'users'], values: [{ items, user: 'ana', value: true }] }]))
    const at = { model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('li'), version: id.version('v') }
    const ana = subject.user(id.user('ana'))
    const read = { type: 'cell.read', channel: 'interactive' } as const
    expect(decide(world)(ana, read, resource.cell({ ...at, items: Object.fromEntries(lists.map((l) => [l.id, id.item('x')])) })).effect).toBe('allow')
    expect(decide(world)(ana, read, resource.cell({ ...at, items: Object.fromEntries(lists.map((l, i) => [l.id, id.item(i === n - 1 ? 'y' : 'x')])) })).effect).toBe('deny')
    const repeated = errorsOf(model([{ id: 'd', dimensions: [...lists.map((l) => l.id), 'L0'] }]))
    expect(repeated).toEqual([`duplicate_id tenant.models[0].drivers[0].dimensions[${n}]: 'L0' dimensions the driver twice`])
  })
})
