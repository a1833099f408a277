// @ts-nocheck
import { describe, expect, test } from 'vitest'
import { decide, id, resource, subject, type WorldInput } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import type { CellValues } from '../../src/snapshot/tenant/types.js'
import { compiled } from '../support/compiled.js'

const world: WorldInput = {
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
          // A list may be named 'users'; a driver dimension 'users' still means the Users list (F47).
          { id: 'users', items: [{ id: 'ana' }] },
          { id: 'product', items: [{ id: 'a' }, { id: 'b' }] },
        ],
        drivers: [
          { id: 'by-region', dimensions: ['region'], values: [{ items: { region: 'amer' }, value: true }, { items: { region: 'emea' }, value: false }] },
          { id: 'by-user', dimensions: ['users'], values: [{ user: 'bo', value: true }] },
          { id: 'grid', dimensions: ['region', 'product'], values: [{ items: { product: 'b', region: 'apac' }, value: true }, { items: { region: 'amer', product: 'a' }, value: false }] },
          { id: 'mostly-open', dimensions: ['product', 'region'], default: true, values: [{ items: { region: 'emea', product: 'b' }, value: false }] },
          // 3 regions × 2 products, cells region-major: emea-a, emea-b, apac-a, apac-b, amer-a, amer-b = bits 0..5; 0b100110 = 0x26.
          { id: 'bits', dimensions: ['region', 'product'], bitmap: 'Jg==' },
        ],
        modules: [
          {
            id: 'mod',
            lists: ['region'],
            lineItems: [
              { id: 'by-region', readDriver: 'by-region' },
              { id: 'by-user', readDriver: 'by-user' },
            ],
          },
        ],
      },
    ],
  },
}

const snapshot = snapshotOf(compiled(world))
const driver = (driverId: string) => snapshot.tenant?.models.get(id.model('m'))?.drivers.get(id.driver(driverId))
const byCell = (driverId: string): CellValues => {
  const values = driver(driverId)?.values
  if (typeof values !== 'object' || !('tag' in values)) throw new Error(`${driverId} keeps no values by cell`)
  return values
}

describe('a driver dimensioned by lists keeps its values by cell number, one bit a cell', () => {
  test('each item reads the value delivered for it, FALSE when none was (A33)', () => {
    const values = byCell('by-region')
    expect(values.lists.map((list) => list.id)).toEqual(['region'])
    expect([0, 1, 2].map((index) => values.at(index))).toEqual([false, false, true])
  })

  test('a number that numbers no cell reads FALSE', () => {
    const values = byCell('by-region')
    expect([-1, 3, 1_000_000, 0.5, NaN].map((index) => values.at(index))).toEqual([false, false, false, false, false])
  })

  test('two lists: cell number = region × 2 + product, in the order of the dimensions', () => {
    const values = byCell('grid')
    expect(values.strides).toEqual([2, 1])
    expect(values.cells).toBe(6)
    expect(Array.from({ length: 6 }, (_, cell) => values.at(cell))).toEqual([false, false, false, true, false, false])
    expect(values.delivered()).toEqual([3, 4])
  })

  test('a default fills the cells the values leave out; the dimensions order the cells', () => {
    const values = byCell('mostly-open')
    expect(values.strides).toEqual([3, 1])
    // product-major: a-emea, a-apac, a-amer, b-emea, b-apac, b-amer
    expect(Array.from({ length: 6 }, (_, cell) => values.at(cell))).toEqual([true, true, true, false, true, true])
    expect(driver('mostly-open')?.defaultValue).toBe(true)
    expect(driver('grid')?.defaultValue).toBe(undefined)
  })

  test('a bitmap gives every cell, bit c & 7 of byte c >> 3', () => {
    const values = byCell('bits')
    expect(values.form).toBe('bitmap')
    expect(Array.from({ length: 6 }, (_, cell) => values.at(cell))).toEqual([false, true, true, false, false, true])
    expect(values.delivered()).toEqual([])
    expect(Array.from(values.bitmap())).toEqual([0x26])
  })

  test('the bitmap of values with a default has its unused bits 0', () => {
    expect(Array.from(byCell('mostly-open').bitmap())).toEqual([0b110111])
  })

  test('the items that have a value, in the order the values were delivered, as a new array each time', () => {
    const values = byCell('by-region')
    expect(values.delivered()).toEqual([2, 0])
    values.delivered().push(1)
    expect(values.delivered()).toEqual([2, 0])
  })

  test('the record is frozen, its functions too', () => {
    const values = byCell('by-region')
    expect([values, values.at, values.delivered, values.bitmap, values.lists, values.strides].every((part) => Object.isFrozen(part))).toBe(true)
  })

  test("a 'users' dimension keeps values by user even beside a list named 'users'", () => {
    const values = driver('by-user')?.values
    expect(values instanceof Map ? [...values] : values).toEqual([['bo', true]])
    const decider = decide(compiled(world))
    const read = (user: string) =>
      decider(subject.user(id.user(user)), { type: 'cell.read', channel: 'interactive' }, resource.cell({ model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('by-user'), version: id.version('v'), items: { region: id.item('emea') } })).reasons.map((r) => r.code)
    expect(read('bo')).not.toContain('dynamic_cell_access.hidden')
    expect(read('ana')).toContain('dynamic_cell_access.hidden')
  })
})
