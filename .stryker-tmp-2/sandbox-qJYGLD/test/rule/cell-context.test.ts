// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, ruleModule, subject, verdict, type RuleContext } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { baseModel, cell, planningTenant } from '../support/planning-world.js'

/** A module that keeps what the engine handed it, so the test can read the context a rule sees. */
const spy = () => {
  const seen: RuleContext['cell'][] = []
  const module = ruleModule('spy', {
    'cell.read': (_request, context) => {
      seen.push(context.cell)
      return verdict.skip
    },
    'model.open': (_request, context) => {
      seen.push(context.cell)
      return verdict.skip
    },
  })
  return { seen, module }
}

const world = compiled({ tenant: planningTenant() })
const ana = subject.user(id.user('ana'))
const read = { type: 'cell.read', channel: 'interactive' } as const

describe('the cell a rule sees: looked up once by the engine', () => {
  it('a known cell carries its model, module, line item and one dimension per module list, in list order', () => {
    const { seen, module } = spy()
    decideWith(policy([modules.modelRoles, module]))(world)(ana, read, cell('sales', 'revenue', 'plan', { product: 'p1', country: 'uk', region: 'emea' }))
    const at = seen[0]
    expect(at?.tag).toBe('known')
    if (at?.tag !== 'known') return
    expect([at.model.id, at.module.id, at.lineItem.id]).toEqual(['fp', 'sales', 'revenue'])
    // 'region' names no dimension of 'sales' and is ignored; the order is the module's, not the request's.
    expect(at.dimensions.map((d) => [d.list.id, d.item, d.list.ids[d.index]])).toEqual([
      ['country', 'uk', 'uk'],
      ['product', 'p1', 'p1'],
    ])
    const country = at.dimensions[0]
    const regions = at.model.lists.get(id.list('region'))
    expect(country === undefined ? undefined : regions?.ids[country.list.parents[country.index] ?? -1]).toBe('emea')
  })

  it.each([
    ['model', resource.cell({ model: id.model('nope'), module: id.module('sales'), lineItem: id.lineItem('revenue'), version: id.version('plan'), items: {} }), 'nope', false],
    ['module', cell('nope', 'revenue', 'plan'), 'nope', true],
    ['version', cell('sales', 'revenue', 'fy99', { country: 'uk', product: 'p1' }), 'fy99', true],
    ['lineItem', cell('sales', 'nope', 'plan', { country: 'uk', product: 'p1' }), 'nope', true],
    ["item of list 'product'", cell('sales', 'revenue', 'plan', { country: 'uk', product: '__proto__' }), '__proto__', true],
  ])('an unknown %s is named with its id, and the model when it is known', (kind, at, unknownId, modelKnown) => {
    const { seen, module } = spy()
    const decision = decideWith(policy([modules.modelRoles, module]))(world)(ana, read, at)
    expect(seen[0]).toMatchObject({ tag: 'unknown', kind, id: unknownId })
    expect(seen[0]?.tag === 'unknown' && seen[0].model?.id).toBe(modelKnown ? 'fp' : undefined)
    expect(decision.reasons).toEqual([{ code: 'request.unknown_id', kind, id: unknownId }])
  })

  it('a cell that names no item of one of its lists is a malformed request, the list named', () => {
    const { seen, module } = spy()
    const decision = decideWith(policy([modules.modelRoles, module]))(world)(ana, read, cell('sales', 'revenue', 'plan', { product: 'p1' }))
    expect(seen[0]).toMatchObject({ tag: 'unknown', kind: "item of list 'country'", id: undefined })
    expect(decision.reasons).toEqual([{ code: 'request.invalid', path: 'resource.items', message: "the cell names no item of list 'country'" }])
  })

  it('is undefined when the resource is not a cell', () => {
    const { seen, module } = spy()
    decideWith(policy([module]))(world)(ana, { type: 'model.open' }, resource.model(id.model(baseModel.id)))
    expect(seen).toEqual([undefined])
  })

  it('a malformed cell with no items record denies without throwing', () => {
    const malformed = { ...cell('sales', 'revenue', 'plan'), items: undefined } as unknown as ReturnType<typeof cell>
    const decision = decideWith(policy([modules.modelRoles]))(world)(ana, read, malformed)
    expect(decision.effect).toBe('deny')
  })
})
