import { describe, expect, test } from 'vitest'
import { decide, id, resource, subject, type WorldInput } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import type { ItemValues } from '../../src/snapshot/tenant/types.js'
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
        ],
        drivers: [
          { id: 'by-region', dimensions: ['region'], values: [{ items: { region: 'amer' }, value: true }, { items: { region: 'emea' }, value: false }] },
          { id: 'by-user', dimensions: ['users'], values: [{ user: 'bo', value: true }] },
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
const byItem = (driverId: string): ItemValues => {
  const values = driver(driverId)?.values
  if (typeof values !== 'object' || !('tag' in values)) throw new Error(`${driverId} keeps no values by item`)
  return values
}

describe('a driver dimensioned by one list keeps its values by item number', () => {
  test('each item reads the value delivered for it, or undefined when none was (read FALSE, A33)', () => {
    const values = byItem('by-region')
    expect(values.list.id).toBe('region')
    expect([0, 1, 2].map((index) => values.at(index))).toEqual([false, undefined, true])
  })

  test('a number that numbers no item reads undefined', () => {
    const values = byItem('by-region')
    expect([-1, 3, 1_000_000, 0.5, NaN].map((index) => values.at(index))).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  test('the items that have a value, in the order the values were delivered, as a new array each time', () => {
    const values = byItem('by-region')
    expect(values.delivered()).toEqual([2, 0])
    values.delivered().push(1)
    expect(values.delivered()).toEqual([2, 0])
  })

  test('the record is frozen, its functions too', () => {
    const values = byItem('by-region')
    expect(Object.isFrozen(values) && Object.isFrozen(values.at) && Object.isFrozen(values.delivered)).toBe(true)
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
