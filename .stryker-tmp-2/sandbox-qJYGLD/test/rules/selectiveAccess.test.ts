// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, type ModelInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, actor, baseModel, cell, planningTenant, withModel } from '../support/planning-world.js'
import { runRows, type Row } from '../support/planning-rows.js'

const fp = id.model('fp')
const lists = [...(baseModel.lists ?? []), { id: 'channel', selectiveAccess: true, items: [{ id: 'web' }, { id: 'shop' }] }]
const model: ModelInput = withModel({
  lists,
  roles: [{ id: 'planner', modules: { sales: 'write', matrix: 'write' }, versions: { plan: 'write' }, actions: ['exportSales', 'importCountries'] }],
  modules: [...(baseModel.modules ?? []), { id: 'matrix', lists: ['country', 'channel'], lineItems: [{ id: 'units' }] }],
  actions: [
    ...(baseModel.actions ?? []),
    { id: 'wsaExport', kind: 'export', createdBy: 'wsa', source: { module: 'sales' }, target: { file: true } },
    { id: 'importCountries', kind: 'import', source: { list: 'country' }, target: { module: 'targets' } },
  ],
  selectiveAccess: [
    { user: 'ana', list: 'region', item: 'emea', level: 'read' },
    { user: 'ana', list: 'country', item: 'us', level: 'write' },
    { user: 'ana', list: 'channel', item: 'web', level: 'write' },
    { user: 'ana', list: 'channel', item: 'shop', level: 'read' },
    { user: 'full', list: 'country', item: 'fr', level: 'write' },
  ],
  internalAlias: {},
})
const aliasReadsUk = { ...model, internalAlias: { selectiveAccess: [{ list: 'country', item: 'uk', level: 'read' as const }] } }
const sales = (country: string) => cell('sales', 'revenue', 'plan', { country, product: 'p1' })
const run = (action: string) => resource.modelAction(fp, id.modelAction(action))

const rows: readonly Row[] = [
  { id: 'R37', says: 'selective access narrows a role: Read inherited from the region caps a write', model, who: 'ana', action: act.write(), on: sales('uk'), effect: 'deny', reasons: ['selective_access.item_read_only'], level: 'read' },
  { id: 'F45c', says: 'a grant on a parent item flows down to its children', model, who: 'ana', action: act.read(), on: sales('fr'), effect: 'allow', reasons: ['model_roles.module_permission', 'selective_access.item_read_only'], level: 'read' },
  { id: 'F72', says: 'every channel gives a user the same decision: an export read equals the grid read', model, who: 'ana', action: act.read('export'), on: sales('fr'), effect: 'allow', reasons: ['model_roles.module_permission', 'selective_access.item_read_only'], level: 'read' },
  { id: 'F45e', says: 'a higher grant on a child wins over the inherited one (A18)', model, who: 'ana', action: act.write(), on: sales('us'), effect: 'allow', reasons: ['model_roles.module_permission'], level: 'write' },
  { id: 'F45d', says: 'a grant on a child does not flow up to its parent', model, who: 'full', action: act.read(), on: cell('regional', 'total', 'plan', { region: 'emea' }), effect: 'deny', reasons: ['selective_access.item_not_granted'], level: 'none' },
  { id: 'F43', says: 'without a grant an item of an SA list is closed (I13)', model, who: 'full', action: act.read(), on: sales('uk'), effect: 'deny', reasons: ['selective_access.item_not_granted'], level: 'none' },
  { id: 'A20', says: 'Full Access holders are still limited by selective access', model, who: 'full', action: act.write(), on: sales('fr'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'I10', says: 'the lowest dimension decides: Write on one list and Read on another is Read', model, who: 'ana', action: act.write(), on: cell('matrix', 'units', 'plan', { country: 'us', channel: 'shop' }), effect: 'deny', reasons: ['selective_access.item_read_only'], level: 'read' },
  { id: 'I10', says: 'Write on every dimension is Write', model, who: 'ana', action: act.write(), on: cell('matrix', 'units', 'plan', { country: 'us', channel: 'web' }), effect: 'allow', reasons: ['model_roles.module_permission'], level: 'write' },
  { id: 'F44', says: 'a list without selective access limits nothing', model, who: 'ana', action: act.write(), on: cell('sales', 'revenue', 'plan', { country: 'us', product: 'p2' }), effect: 'allow', reasons: ['model_roles.module_permission'], level: 'write' },
  { id: 'A2', says: 'a workspace administrator is not limited by selective access', model, who: 'wsa', action: act.write(), on: sales('uk'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'A2', says: 'with the bypass turned off a workspace administrator is limited', model, settings: { workspaceAdminsBypassSelectiveAccess: false }, who: 'wsa', action: act.read('export'), on: sales('uk'), effect: 'deny', reasons: ['selective_access.item_not_granted'], level: 'none' },
  { id: 'A26', says: 'a workspace administrator reads a model-to-model source without selective access (F54)', model, who: 'wsa', action: act.read('importSource'), on: sales('uk'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F53', says: 'a non-administrator import into a target is limited by selective access', model, who: 'ana', action: act.write('modelImport'), on: sales('uk'), effect: 'deny', reasons: ['selective_access.item_read_only'], level: 'read' },
  { id: 'F27', says: 'the alias without SA Read cannot read a source cell', model, who: 'alias', action: act.read('export'), on: sales('uk'), effect: 'deny', reasons: ['selective_access.item_not_granted'], level: 'none' },
  { id: 'R13', says: 'the alias with SA Read on the item reads it', model: aliasReadsUk, who: 'alias', action: act.read('export'), on: sales('uk'), effect: 'allow', reasons: ['model_roles.internal_alias', 'selective_access.item_read_only'], level: 'read' },
  { id: 'A19', says: 'the alias writes an import target without selective access', model, who: 'alias', action: act.write('modelImport'), on: sales('uk'), effect: 'allow', reasons: ['model_roles.internal_alias'], level: 'write' },
  { id: 'F42', says: 'Read on an item allows reading its data', model, who: 'ana', action: act.itemRead, on: resource.listItem(fp, id.list('country'), id.item('uk')), effect: 'allow', reasons: ['model_roles.list_item_data', 'selective_access.item_read_only'], level: 'read' },
  { id: 'F42', says: 'Read on an item does not allow changing it', model, who: 'ana', action: act.itemWrite, on: resource.listItem(fp, id.list('country'), id.item('uk')), effect: 'deny', reasons: ['selective_access.item_read_only'], level: 'read' },
  { id: 'F39', says: 'items of a list without selective access are bounded by the role only', model, who: 'ana', action: act.itemWrite, on: resource.listItem(fp, id.list('product'), id.item('p1')), effect: 'allow', reasons: ['model_roles.list_item_data'], level: 'write' },
  { id: 'F43', says: 'a workspace administrator reads every item of an SA list', model, who: 'wsa', action: act.itemWrite, on: resource.listItem(fp, id.list('region'), id.item('amer')), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'R10', says: 'an actor needs SA grants on the lists an integration touches', model, who: 'full', action: act.write('fileImport'), on: sales('uk'), effect: 'deny', reasons: ['selective_access.item_not_granted'], level: 'none' },
  { id: 'I30', says: 'the alias without SA Read runs the export, with an empty-export warning (R16, A40)', model, who: 'alias', action: act.run, on: run('exportSales'), effect: 'allow', reasons: ['model_roles.internal_alias'], warnings: ['selective_access.export_empty'] },
  { id: 'A40', says: 'some readable items give a partial-export warning', model, who: 'full', action: act.run, on: run('exportSales'), effect: 'allow', reasons: ['model_roles.full_access'], warnings: ['selective_access.export_partial'] },
  { id: 'A40', says: 'every item readable: no warning', model, who: 'ana', action: act.run, on: run('exportSales'), effect: 'allow', reasons: ['model_roles.action_permission'] },
  { id: 'A2', says: "a workspace administrator's own export has no warning", model, who: 'wsa', action: act.run, on: run('exportSales'), effect: 'allow', reasons: ['model_roles.full_access'] },
  { id: 'A25', says: 'an export made by a workspace administrator and run by the alias is still empty (F55 not reproduced)', model, who: 'alias', action: act.run, on: run('wsaExport'), effect: 'allow', reasons: ['model_roles.internal_alias'], warnings: ['selective_access.export_empty'] },
  { id: 'F27', says: 'an import whose source is an SA list warns too', model: aliasReadsUk, who: 'alias', action: act.run, on: run('importCountries'), effect: 'allow', reasons: ['model_roles.internal_alias'], warnings: ['selective_access.export_partial'] },
]

describe('selectiveAccess', () => runRows(rows, policy([modules.modelRoles, modules.selectiveAccess])))

describe('selectiveAccess: warnings with their parameters', () => {
  it('A40 the empty-export warning names the export, its model and the list that empties it', () => {
    const decision = decideWith(policy([modules.modelRoles, modules.selectiveAccess]))(compiled({ tenant: planningTenant(model) }))(actor('alias'), act.run, run('exportSales'))
    expect(decision.warnings).toEqual([{ code: 'selective_access.export_empty', action: 'exportSales', model: 'fp', list: 'country' }])
  })
})
