// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { id, type WorldInput } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { ancestry, grantedItems, itemRanks, rankOf } from '../../src/snapshot/tenant/item-ranks.js'
import type { ModelRecord } from '../../src/snapshot/tenant/types.js'
import { compiled } from '../support/compiled.js'

const regions = ['emea', 'apac', 'amer']
const countries = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, parent: regions[i % 3] as string }))

const modelWith = (grants: readonly { readonly list: string; readonly item: string; readonly level: 'read' | 'write' }[]): ModelRecord => {
  const input: WorldInput = {
    tenant: {
      users: [{ id: 'ana', kind: 'internal' }],
      workspaces: [{ id: 'w', members: [{ user: 'ana' }] }],
      models: [
        {
          id: 'm',
          workspace: 'w',
          lists: [
            { id: 'region', items: regions.map((r) => ({ id: r })) },
            { id: 'country', parent: 'region', selectiveAccess: true, items: countries },
          ],
          selectiveAccess: grants.map((g) => ({ user: 'ana', ...g })),
        },
      ],
    },
  }
  const model = snapshotOf(compiled(input)).tenant?.models.get(id.model('m'))
  if (model === undefined) throw new Error('the model compiles')
  return model
}

const grantArb = fc.record({
  list: fc.constantFrom('region', 'country'),
  at: fc.nat({ max: 11 }),
  level: fc.constantFrom('read' as const, 'write' as const),
})

describe("an identity's grants by item number", () => {
  it('rankOf answers as the grants keyed by id do, for every item of every list; grantedItems lists them in item order', () => {
    fc.assert(
      fc.property(fc.array(grantArb, { maxLength: 20 }), (drawn) => {
        const grants = drawn.map((g) => ({ list: g.list, item: g.list === 'region' ? (regions[g.at % 3] as string) : `c${g.at}`, level: g.level }))
        const model = modelWith(grants)
        const byId = model.selectiveAccess.get(id.user('ana'))
        const ranks = itemRanks(model, byId)
        for (const list of model.lists.values()) {
          const expected = list.ids.map((item) => byId?.get(list.id)?.get(item) ?? 0)
          expect(list.ids.map((_, index) => rankOf(ranks, list, index))).toEqual(expected)
          expect(grantedItems(ranks, list).map((g) => [g.item, g.rank])).toEqual(list.ids.flatMap((item, i) => ((expected[i] ?? 0) > 0 ? [[item, expected[i]]] : [])))
        }
        expect(ranks.byteLength).toBeGreaterThanOrEqual(8 * ranks.keys.length)
      }),
      { numRuns: 100 },
    )
  })

  it('no grants: every rank is 0', () => {
    const model = modelWith([])
    const country = model.lists.get(id.list('country'))!
    expect(country.ids.map((_, i) => rankOf(itemRanks(model, undefined), country, i))).toEqual(country.ids.map(() => 0))
  })

  it("ancestry walks an item's chain of parents, nearest first", () => {
    const model = modelWith([])
    const country = model.lists.get(id.list('country'))!
    expect([...ancestry(model, country, 4)].map(([list, index]) => `${list.id}:${list.ids[index]}`)).toEqual(['country:c4', 'region:apac'])
  })
})
