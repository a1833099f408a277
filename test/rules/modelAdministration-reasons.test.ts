// Model administration: every act with whole reasons, parameters included (R33, R36, F29, F34, F37–F40).
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, trace, type Action, type Decision, type Resource, type TenantInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { member, model, tenant, user, workspace, wsa } from '../support/tenant-world.js'

/**
 * Workspace sales (wanda administers it, mia and bob are members) holds fp, whose alias exists through
 * an integration step only, and plain, without alias entry or integration; fp's role analyst is held
 * by mia and bob, reviewer by nobody.
 */
const world: TenantInput = {
  ...tenant(
    [user('wanda'), user('mia'), user('bob')],
    [workspace('sales', wsa('wanda'), member('mia'), member('bob'))],
    [
      model('fp', 'sales', { wanda: 'fullAccess', mia: 'analyst', bob: 'analyst' }, {
        roles: [{ id: 'analyst' }, { id: 'reviewer' }],
        lists: [{ id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }] }, { id: 'products', items: [{ id: 'p1' }] }],
        versions: [{ id: 'actual' }],
        modules: [{ id: 'sales', lists: ['regions'], lineItems: [{ id: 'revenue' }] }],
        actions: [{ id: 'exportSales', kind: 'export', source: { module: 'sales' }, target: { file: true } }],
      }),
      model('plain', 'sales', { wanda: 'fullAccess' }, { lists: [{ id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }] }] }),
    ],
  ),
  integrations: [{ id: 'feed', workspace: 'sales', restricted: false, createdBy: 'wanda', steps: [{ model: 'fp', action: 'exportSales' }] }],
}
const decider = decide(compiled({ tenant: world }))
const ask = (who: string, action: Action, on: Resource): Pick<Decision, 'effect' | 'reasons'> => {
  const { effect, reasons } = decider(subject.user(id.user(who)), action, on)
  return { effect, reasons }
}
const fp = resource.model(id.model('fp'))
const byWsa = { code: 'model_administration.workspace_admin', user: 'wanda', workspace: 'sales' }
const allowed = { effect: 'allow', reasons: [byWsa] }
const denied = (...reasons: readonly object[]) => ({ effect: 'deny', reasons })
const unknown = (kind: string, unknownId: string) => ({ code: 'request.unknown_id', kind, id: unknownId })
const permissions = (role: string, rest: Omit<Extract<Action, { type: 'model.setRolePermissions' }>, 'type' | 'role'> = {}): Action => ({ type: 'model.setRolePermissions', role: id.role(role), ...rest })

describe('model administration: roles (R36, F34, F37–F40)', () => {
  it.each([
    ['F34 a new role under a free id', { type: 'model.createRole', role: id.role('planner') }, allowed],
    ['F34 an id the model uses, named', { type: 'model.createRole', role: id.role('analyst') }, denied({ code: 'model_administration.role_exists', role: 'analyst' })],
    ['F37 a custom role takes permissions on what the model holds', permissions('analyst', { modules: { sales: 'read' }, versions: { actual: 'read' }, lists: [id.list('regions')], actions: [id.modelAction('exportSales')] }), allowed],
    ['F37 Full Access is fixed', permissions('fullAccess'), denied({ code: 'model_administration.built_in_role', role: 'fullAccess' })],
    ['an unknown role, by id', permissions('ghost'), denied(unknown('role', 'ghost'))],
    ['an unknown module, by id', permissions('analyst', { modules: { sales: 'read', gone: 'read' } }), denied(unknown('module', 'gone'))],
    ['an unknown version, by id', permissions('analyst', { versions: { actual: 'read', fy99: 'read' } }), denied(unknown('version', 'fy99'))],
    ['an unknown list, by id', permissions('analyst', { lists: [id.list('regions'), id.list('gone')] }), denied(unknown('list', 'gone'))],
    ['an unknown model action, by id', permissions('analyst', { actions: [id.modelAction('exportSales'), id.modelAction('gone')] }), denied(unknown('model action', 'gone'))],
    ['a role nobody holds is deleted', { type: 'model.deleteRole', role: id.role('reviewer') }, allowed],
    ['a role two users hold stays, with its holders counted', { type: 'model.deleteRole', role: id.role('analyst') }, denied({ code: 'model_administration.role_in_use', role: 'analyst', holders: 2 })],
    ['No Access is fixed', { type: 'model.deleteRole', role: id.role('noAccess') }, denied({ code: 'model_administration.built_in_role', role: 'noAccess' })],
    ['deleting an unknown role, by id', { type: 'model.deleteRole', role: id.role('ghost') }, denied(unknown('role', 'ghost'))],
  ] as const)('%s', (_, action, expected) => {
    expect(ask('wanda', action, fp)).toEqual(expected)
  })

  it('an unknown model, by id', () => {
    expect(ask('wanda', { type: 'model.createRole', role: id.role('planner') }, resource.model(id.model('nowhere')))).toEqual({ effect: 'deny', reasons: [unknown('model', 'nowhere')] })
  })
})

describe("model administration: the alias's selective access (F29, R33)", () => {
  const alias = (model: string, list: string, item = 'emea'): [Action, Resource] => [
    { type: 'selectiveAccess.setAliasAccess', item: id.item(item), level: 'read' },
    resource.list(id.model(model), id.list(list)),
  ]
  it.each([
    ['F29 the alias exists in a model an integration has a step in', alias('fp', 'regions'), allowed],
    ['F29 a model without alias entry or integration step has no alias, named', alias('plain', 'regions'), denied({ code: 'model_administration.no_internal_alias', model: 'plain' })],
    ['a list without selective access, named with its model', alias('fp', 'products', 'p1'), denied({ code: 'model_administration.list_without_selective_access', model: 'fp', list: 'products' })],
    ['an unknown item, by id', alias('fp', 'regions', 'mars'), { effect: 'deny', reasons: [unknown('item', 'mars')] }],
    ['an unknown list, by id', alias('fp', 'gone'), { effect: 'deny', reasons: [unknown('list', 'gone')] }],
    ['an unknown model, by id', alias('nowhere', 'regions'), { effect: 'deny', reasons: [unknown('model', 'nowhere')] }],
  ] as const)('%s', (_, [action, on], expected) => {
    expect(ask('wanda', action, on)).toEqual(expected)
  })

  it('F29 the alias exists through its alias entry alone', () => {
    const entryOnly: TenantInput = {
      ...world,
      models: world.models?.map((m) => (m.id === 'plain' ? { ...m, internalAlias: {} } : m)),
    }
    const { effect, reasons } = decide(compiled({ tenant: entryOnly }))(subject.user(id.user('wanda')), ...alias('plain', 'regions'))
    expect({ effect, reasons }).toEqual(allowed)
  })

  it('F29 an integration with a step in the model and another elsewhere makes the alias exist in both', () => {
    const twoModels: TenantInput = {
      ...world,
      integrations: [{ id: 'feed', workspace: 'sales', restricted: false, createdBy: 'wanda', steps: [{ model: 'fp', action: 'exportSales' }, { model: 'plain', action: 'copy' }] }],
      models: world.models?.map((m) => (m.id === 'plain' ? { ...m, modules: [{ id: 'totals', lineItems: [{ id: 'sum' }] }], actions: [{ id: 'copy', kind: 'export' as const, source: { module: 'totals' }, target: { file: true as const } }] } : m)),
    }
    const { effect, reasons } = decide(compiled({ tenant: twoModels }))(subject.user(id.user('wanda')), ...alias('plain', 'regions'))
    expect({ effect, reasons }).toEqual(allowed)
  })

  it('R33 importing selective access into a list without it names the list and its model', () => {
    expect(ask('wanda', { type: 'selectiveAccess.import', mode: 'additive' }, resource.list(id.model('fp'), id.list('products')))).toEqual(
      denied({ code: 'model_administration.list_without_selective_access', model: 'fp', list: 'products' }),
    )
  })

  it('R33 importing into an unknown model names it', () => {
    expect(ask('wanda', { type: 'selectiveAccess.import', mode: 'additive' }, resource.list(id.model('nowhere'), id.list('regions')))).toEqual({ effect: 'deny', reasons: [unknown('model', 'nowhere')] })
  })

  it('the trace names the module', () => {
    const traced = trace(compiled({ tenant: world }))(subject.user(id.user('wanda')), { type: 'model.createRole', role: id.role('planner') }, fp)
    expect(traced.trace.map((entry) => entry.module)).toContain('modelAdministration')
  })
})
