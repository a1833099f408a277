import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'

describe('compile: list item errors in input order', () => {
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
})
