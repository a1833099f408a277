// Selective access: whole reasons with their parameters, the module alone where a guard of its own would
// otherwise hide behind another module's deny, and what the module says in a trace.
import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, subject, traceWith, type Action, type ModelInput, type Resource, type Subject, type World } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, actor, baseModel, cell, planningTenant, withModel } from '../support/planning-world.js'

/**
 * The planning model, with two more selective-access lists, channel and segment, and a module cube
 * dimensioned by three of them (country × channel × segment). ana holds Read on emea (uk and fr
 * inherit it) and Write on us: she reads every country and writes us only.
 */
const model: ModelInput = withModel({
  lists: [
    ...(baseModel.lists ?? []),
    { id: 'channel', selectiveAccess: true, items: [{ id: 'web' }] },
    { id: 'segment', selectiveAccess: true, items: [{ id: 'retail' }] },
  ],
  modules: [...(baseModel.modules ?? []), { id: 'cube', lists: ['country', 'channel', 'segment'], lineItems: [{ id: 'units' }] }],
  selectiveAccess: [
    { user: 'ana', list: 'region', item: 'emea', level: 'read' },
    { user: 'ana', list: 'country', item: 'us', level: 'write' },
  ],
})
const world = compiled({ tenant: planningTenant(model) })
const fp = id.model('fp')
const sales = (country: string) => cell('sales', 'revenue', 'plan', { country, product: 'p1' })
const country = (item: string): Resource => resource.listItem(fp, id.list('country'), id.item(item))
const exportSales = resource.modelAction(fp, id.modelAction('exportSales'))

const alone = decideWith(policy([modules.selectiveAccess]))
const noGrant = (action: string) => ({ effect: 'deny', reasons: [{ code: 'default.no_grant', action }] })
const ask = (on: World, who: Subject, action: Action, target: Resource) => {
  const { effect, reasons } = alone(on)(who, action, target)
  return { effect, reasons }
}

describe('selective access: I10, one cap for each dimension below Write', () => {
  it('I10 F43 a cell of three selective-access lists, none granted: each list is named with its item', () => {
    const { effect, reasons } = ask(world, actor('full'), act.read(), cell('cube', 'units', 'plan', { country: 'uk', channel: 'web', segment: 'retail' }))
    expect({ effect, reasons }).toEqual({
      effect: 'deny',
      reasons: [
        { code: 'selective_access.item_not_granted', list: 'segment', item: 'retail' },
        { code: 'selective_access.item_not_granted', list: 'country', item: 'uk' },
        { code: 'selective_access.item_not_granted', list: 'channel', item: 'web' },
      ],
    })
  })
})

describe('selective access alone: what the other layers deny first is no failure here', () => {
  // The full policy denies these requests in another module; alone, the module must say nothing, so
  // that the decision is the default deny (I1) rather than a rule that failed.
  it.each<readonly [string, World, Subject, Action, Resource]>([
    ['a list item in a world without a tenant', compiled({}), actor('ana'), act.itemRead, country('uk')],
    ['a model action in a world without a tenant', compiled({}), actor('ana'), act.run, exportSales],
    ['a cell of a selective-access list, asked by the scheduler (no actor)', world, subject.scheduler, act.read(), sales('uk')],
    ['an item of a selective-access list, asked by the scheduler', world, subject.scheduler, act.itemRead, country('uk')],
    ['an export from a selective-access module, run by the scheduler', world, subject.scheduler, act.run, exportSales],
  ])('I1 %s: the default deny', (_, on, who, action, target) => {
    expect(ask(on, who, action, target)).toEqual(noGrant(action.type))
  })
})

describe('selective access in a trace: the module says only the caps below Write', () => {
  const traced = (action: Action, target: Resource) => traceWith(policy([modules.selectiveAccess]))(world)(actor('ana'), action, target).trace
  it.each<readonly [string, Action, Resource]>([
    ['F45e a cell of an item granted Write', act.write(), sales('us')],
    ['F42 an item granted Write', act.itemWrite, country('us')],
    ['A40 an export whose source items are all readable (no warning, and an export skips no target)', act.run, exportSales],
  ])('%s: nothing', (_, action, target) => {
    expect(traced(action, target)).toEqual([{ module: 'selectiveAccess', verdicts: [] }])
  })

  it('R37 a cell of an item granted Read, written: a cap at Read naming the list and item', () => {
    expect(traced(act.write(), sales('uk'))).toEqual([
      { module: 'selectiveAccess', verdicts: [{ tag: 'cap', level: 1, reason: { code: 'selective_access.item_read_only', list: 'country', item: 'uk' } }] },
    ])
  })
})
