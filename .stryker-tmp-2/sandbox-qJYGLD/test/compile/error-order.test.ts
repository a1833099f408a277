// @ts-nocheck
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'

describe('compile: item and driver value errors, each at its path, in input order', () => {
  test('a child list listed before its parent still reports its item errors first, in input order', () => {
    const result = compile({
      tenant: {
        users: [],
        workspaces: [{ id: 'w' }],
        models: [
          {
            id: 'm',
            workspace: 'w',
            lists: [
              { id: 'cc', parent: 'country', items: [{ id: 'x1', parent: 'nowhere' }, { id: 'x1' }, { id: 'x2', parent: 'de' }] },
              { id: 'country', parent: 'region', items: [{ id: 'de', parent: 'emea' }, { id: 'fr', parent: 'ghost' }] },
              { id: 'region', items: [{ id: 'emea' }, { id: 'apac', parent: 'p' }] },
            ],
          },
        ],
      },
    })
    expect(result._tag === 'Left' ? result.left.map((e) => [e.code, e.path, e.message]) : []).toEqual([
      ['dangling_reference', 'tenant.models[0].lists[0].items[0].parent', "unknown item of list 'country' 'nowhere'"],
      ['duplicate_id', 'tenant.models[0].lists[0].items[1].id', "duplicate id 'x1'"],
      ['dangling_reference', 'tenant.models[0].lists[1].items[1].parent', "unknown item of list 'region' 'ghost'"],
      ['invalid_value', 'tenant.models[0].lists[2].items[1].parent', "list 'region' has no parent list"],
    ])
  })

  test('driver values: a repeated cell, a second global value, an undimensioned list, a missing item or user, each reported once', () => {
    const result = compile({
      tenant: {
        users: [{ id: 'ana', kind: 'internal' }],
        workspaces: [{ id: 'w' }],
        models: [
          {
            id: 'm',
            workspace: 'w',
            lists: [{ id: 'region', items: [{ id: 'emea' }, { id: 'apac' }] }, { id: 'product', items: [{ id: 'p' }] }],
            drivers: [
              { id: 'one', dimensions: ['region'], values: [{ items: { region: 'emea' }, value: true }, { items: { region: 'emea' }, value: false }, { items: { region: 'apac', product: 'p' }, value: true }, { value: true }] },
              { id: 'two', dimensions: ['region', 'users'], values: [{ items: { region: 'emea' }, user: 'ana', value: true }, { items: { region: 'emea' }, user: 'ana', value: true }, { items: { region: 'emea' }, value: true }, { items: { region: 'asia' }, user: 'bo', value: true }] },
              { id: 'global', values: [{ value: true }, { value: false }] },
            ],
          },
        ],
      },
    })
    expect(result._tag === 'Left' ? result.left.map((e) => [e.code, e.path, e.message]) : []).toEqual([
      ['duplicate_id', 'tenant.models[0].drivers[0].values[1]', 'two values for one driver cell'],
      ['invalid_value', 'tenant.models[0].drivers[0].values[2].items.product', "the driver is not dimensioned by 'product'"],
      ['invalid_value', 'tenant.models[0].drivers[0].values[3].items', "missing an item of list 'region'"],
      ['duplicate_id', 'tenant.models[0].drivers[1].values[1]', 'two values for one driver cell'],
      ['invalid_value', 'tenant.models[0].drivers[1].values[2].user', 'a users-dimensioned driver value needs a user'],
      ['dangling_reference', 'tenant.models[0].drivers[1].values[3].items.region', "unknown item of list 'region' 'asia'"],
      ['dangling_reference', 'tenant.models[0].drivers[1].values[3].user', "unknown user 'bo'"],
      ['duplicate_id', 'tenant.models[0].drivers[2].values[1]', 'a global driver has one value'],
    ])
  })
})
