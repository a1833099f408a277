// Model roles alone (one module's policy): whole reasons with their parameters, unknown ids by kind and
// id, and the subject the layer does not decide for (F36–F40, F52, F53, F56).
import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, subject, trace, type Action, type Decision, type Resource, type Subject } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { baseModel, cell, planningTenant, withModel } from '../support/planning-world.js'

const rolesOnly = decideWith(policy([modules.modelRoles]))
const exportSales = { id: 'exportSales', kind: 'export' as const, source: { module: 'sales' }, target: { file: true as const } }
const world = compiled({
  tenant: planningTenant(
    withModel({
      actions: [exportSales, { ...exportSales, id: 'anasExport', visibility: 'private', createdBy: 'ana' }, { ...exportSales, id: 'fullsExport', visibility: 'private', createdBy: 'full' }],
      roles: [{ ...baseModel.roles![0]!, actions: ['exportSales', 'anasExport', 'fullsExport'] }],
    }),
  ),
})
const decider = rolesOnly(world)
const ask = (who: Subject, action: Action, on: Resource): Pick<Decision, 'effect' | 'reasons'> => {
  const { effect, reasons } = decider(who, action, on)
  return { effect, reasons }
}
const ana = subject.user(id.user('ana'))
const unknown = (kind: string, unknownId: string) => ({ effect: 'deny', reasons: [{ code: 'request.unknown_id', kind, id: unknownId }] })
const act = (action: Action): Action => action
const read: Action = { type: 'cell.read', channel: 'interactive' }
const item = (list: string, name: string, model = 'fp'): Resource => resource.listItem(id.model(model), id.list(list), id.item(name))
const list = (name: string, model = 'fp'): Resource => resource.list(id.model(model), id.list(name))
const run = (name: string, model = 'fp'): Resource => resource.modelAction(id.model(model), id.modelAction(name))

describe('model roles alone: reasons with their parameters', () => {
  it('F37 F38 a custom role on a cell: its module permission and the version that caps it, with the level names', () => {
    expect(ask(ana, read, cell('sales', 'revenue', 'actual', { country: 'uk', product: 'p1' }))).toEqual({
      effect: 'allow',
      reasons: [{ code: 'model_roles.module_permission', role: 'planner', module: 'sales', level: 'write' }, { code: 'model_roles.version_permission', role: 'planner', version: 'actual', level: 'read' }],
    })
  })

  it('F56 a private action runs for its creator only, and names the creator to anyone else', () => {
    expect(ask(ana, act({ type: 'modelAction.run' }), run('anasExport'))).toEqual({ effect: 'allow', reasons: [{ code: 'model_roles.action_permission', role: 'planner', action: 'anasExport' }] })
    expect(ask(ana, act({ type: 'modelAction.run' }), run('fullsExport'))).toEqual({ effect: 'deny', reasons: [{ code: 'model_roles.action_private', action: 'fullsExport', creator: 'full' }] })
  })
})

describe('model roles alone: unknown ids, by kind and id', () => {
  it.each([
    ['a list item of an unknown model', act({ type: 'listItem.read' }), item('region', 'emea', 'nowhere'), unknown('model', 'nowhere')],
    ['a list item of an unknown list', act({ type: 'listItem.read' }), item('gone', 'emea'), unknown('list', 'gone')],
    ['an unknown list item', act({ type: 'listItem.write' }), item('region', 'mars'), unknown('item', 'mars')],
    ['the structure of a list of an unknown model', act({ type: 'list.editStructure' }), list('region', 'nowhere'), unknown('model', 'nowhere')],
    ['the structure of an unknown list', act({ type: 'list.editStructure' }), list('gone'), unknown('list', 'gone')],
    ['an action of an unknown model', act({ type: 'modelAction.run' }), run('exportSales', 'nowhere'), unknown('model', 'nowhere')],
    ['an unknown action', act({ type: 'modelAction.run' }), run('gone'), unknown('modelAction', 'gone')],
    ['opening an unknown model', act({ type: 'model.open' }), resource.model(id.model('nowhere')), unknown('model', 'nowhere')],
  ])('%s', (_, action, on, expected) => {
    expect(ask(ana, action, on)).toEqual(expected)
  })
})

describe('model roles alone: the scheduler asks for no data itself', () => {
  it.each([
    ['cell.read', read, cell('sales', 'revenue', 'actual', { country: 'uk', product: 'p1' })],
    ['listItem.read', act({ type: 'listItem.read' }), item('region', 'emea')],
    ['list.editStructure', act({ type: 'list.editStructure' }), list('region')],
    ['model.open', act({ type: 'model.open' }), resource.model(id.model('fp'))],
    ['modelAction.run', act({ type: 'modelAction.run' }), run('exportSales')],
  ])('%s', (type, action, on) => {
    expect(ask(subject.scheduler, action, on)).toEqual({ effect: 'deny', reasons: [{ code: 'request.subject_not_supported', subject: 'scheduler', action: type }] })
  })

  it('the trace names the module', () => {
    const traced = trace(world)(ana, act({ type: 'model.open' }), resource.model(id.model('fp')))
    expect(traced.trace.map((entry) => entry.module)).toContain('modelRoles')
  })
})
