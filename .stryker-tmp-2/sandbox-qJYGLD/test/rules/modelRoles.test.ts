// @ts-nocheck
import { describe } from 'vitest'
import { id, modules, policy, resource } from '../../src/index.js'
import { act, baseModel, cell, withModel } from '../support/planning-world.js'
import { runRows, type Row } from '../support/planning-rows.js'

const fp = id.model('fp')
const salesPlan = cell('sales', 'revenue', 'plan', { country: 'uk', product: 'p1' })
const salesActual = cell('sales', 'revenue', 'actual', { country: 'uk', product: 'p1' })
const regional = cell('regional', 'total', 'plan', { region: 'emea' })
const actions = withModel({
  actions: [
    ...(baseModel.actions ?? []),
    { id: 'exportTargets', kind: 'export', source: { module: 'targets' }, target: { file: true } },
    { id: 'mine', kind: 'export', visibility: 'private', createdBy: 'bea', source: { module: 'targets' }, target: { file: true } },
    { id: 'adminsOnly', kind: 'import', visibility: 'workspaceAdmins', source: { file: true }, target: { module: 'targets' } },
    { id: 'order', kind: 'orderList' },
    { id: 'period', kind: 'updateCurrentPeriod' },
  ],
  roles: [{ id: 'planner', modules: { sales: 'write' }, versions: { plan: 'write' }, actions: ['exportSales', 'mine', 'adminsOnly', 'order'] }],
  assignments: [...(baseModel.assignments ?? []), { user: 'bea', role: 'fullAccess' }],
})
const wsaAsPlanner = withModel({ assignments: [{ user: 'wsa', role: 'planner' }] })
const wsaNoAccess = withModel({ assignments: [{ user: 'wsa', role: 'noAccess' }], actions: [...(baseModel.actions ?? []), { id: 'order', kind: 'orderList' }] })
const aliasEntry = withModel({ internalAlias: {} })
const run = (action: string) => resource.modelAction(fp, id.modelAction(action))

const rows: readonly Row[] = [
  { id: 'R34', says: 'a custom role writes a module and version it has Write on', who: 'ana', action: act.write(), on: salesPlan, effect: 'allow', reasons: ['model_roles.module_permission'], level: 'write' },
  { id: 'R36', says: 'a role carries module, version, list and action permissions: Read on a version caps a write', who: 'ana', action: act.write(), on: salesActual, effect: 'deny', reasons: ['model_roles.version_permission'], level: 'read' },
  { id: 'F37', says: 'an unlisted module is None for a custom role', who: 'ana', action: act.read(), on: regional, effect: 'deny', reasons: ['model_roles.module_permission'], level: 'none' },
  { id: 'F37', says: 'Full Access reaches every module', who: 'full', action: act.write(), on: regional, effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F38', says: 'a version permission of Read allows a read', who: 'ana', action: act.read(), on: salesActual, effect: 'allow', reasons: ['model_roles.module_permission', 'model_roles.version_permission'], level: 'read' },
  { id: 'F34', says: 'No Access gives nothing in the model', who: 'none', action: act.read(), on: regional, effect: 'deny', reasons: ['model_roles.no_access'], level: 'none' },
  { id: 'F32', says: 'a member without a role has No Access', who: 'nobody', action: act.read(), on: regional, effect: 'deny', reasons: ['model_roles.no_role'], level: 'none' },
  { id: 'F52', says: 'the source side of a model-to-model import is limited by the role too', who: 'ana', action: act.read('importSource'), on: regional, effect: 'deny', reasons: ['model_roles.module_permission'], level: 'none' },
  { id: 'F71', says: 'a workspace administrator is bound by their own role until they change it', model: wsaAsPlanner, who: 'wsa', action: act.read(), on: regional, effect: 'deny', reasons: ['model_roles.module_permission'], level: 'none' },
  { id: 'F36', says: 'a custom role opens the model', who: 'ana', action: act.open, on: resource.model(fp), effect: 'allow', reasons: ['model_roles.custom_role'] },
  { id: 'A28', says: 'No Access never caps a workspace administrator opening the model (the workspace layer grants it)', model: wsaNoAccess, who: 'wsa', action: act.open, on: resource.model(fp), effect: 'deny', reasons: ['default.no_grant'] },
  { id: 'F36', says: 'No Access does not open the model', who: 'none', action: act.open, on: resource.model(fp), effect: 'deny', reasons: ['model_roles.no_access'] },
  { id: 'F39', says: 'the list permission allows editing the list structure', who: 'ana', action: act.editList, on: resource.list(fp, id.list('product')), effect: 'allow', reasons: ['model_roles.list_permission'] },
  { id: 'F39', says: 'without the list permission the structure is closed', who: 'ana', action: act.editList, on: resource.list(fp, id.list('country')), effect: 'deny', reasons: ['model_roles.list_not_permitted'] },
  { id: 'A23', says: 'list item data needs no list permission', who: 'ana', action: act.itemWrite, on: resource.listItem(fp, id.list('country'), id.item('uk')), effect: 'allow', reasons: ['model_roles.list_item_data'], level: 'write' },
  { id: 'F40', says: 'the action permission allows running an export', model: actions, who: 'ana', action: act.run, on: run('exportSales'), effect: 'allow', reasons: ['model_roles.action_permission'] },
  { id: 'I15', says: 'an action the custom role does not list is off', model: actions, who: 'ana', action: act.run, on: run('exportTargets'), effect: 'deny', reasons: ['model_roles.action_not_permitted'] },
  { id: 'F40', says: 'Order List is for workspace administrators: a role permission is not enough', model: actions, who: 'ana', action: act.run, on: run('order'), effect: 'deny', reasons: ['model_roles.workspace_admin_only'] },
  { id: 'I14', says: 'Full Access does not run Update Current Period', model: actions, who: 'full', action: act.run, on: run('period'), effect: 'deny', reasons: ['model_roles.workspace_admin_only'] },
  { id: 'I14', says: 'a workspace administrator runs Update Current Period', model: actions, who: 'wsa', action: act.run, on: run('period'), effect: 'allow', reasons: ['model_roles.workspace_admin_action'] },
  { id: 'A28', says: 'Order List is not bounded by the model role of a workspace administrator', model: wsaNoAccess, who: 'wsa', action: act.run, on: run('order'), effect: 'allow', reasons: ['model_roles.workspace_admin_action'] },
  { id: 'F56', says: 'a private action runs only for its creator', model: actions, who: 'ana', action: act.run, on: run('mine'), effect: 'deny', reasons: ['model_roles.action_private'] },
  { id: 'F56', says: 'the creator runs their private action', model: actions, who: 'bea', action: act.run, on: run('mine'), effect: 'allow', reasons: ['model_roles.full_access'] },
  { id: 'F56', says: 'a workspace-administrators-only action is closed to others', model: actions, who: 'full', action: act.run, on: run('adminsOnly'), effect: 'deny', reasons: ['model_roles.action_workspace_admins_only'] },
  { id: 'F56', says: 'a workspace administrator runs a workspace-administrators-only action', model: actions, who: 'wsa', action: act.run, on: run('adminsOnly'), effect: 'allow', reasons: ['model_roles.full_access'] },
  { id: 'A33', says: 'the alias has No Access in a model without an alias entry', who: 'alias', action: act.read('export'), on: regional, effect: 'deny', reasons: ['model_roles.internal_alias_absent'] },
  { id: 'A33', says: 'the alias has Full Access in a model with an alias entry', model: aliasEntry, who: 'alias', action: act.write('modelImport'), on: regional, effect: 'allow', reasons: ['model_roles.internal_alias'], level: 'write' },
  { id: 'A19', says: 'the alias is never a workspace administrator', model: withModel({ internalAlias: {}, actions: [...(baseModel.actions ?? []), { id: 'order', kind: 'orderList' }] }), who: 'alias', action: act.run, on: run('order'), effect: 'deny', reasons: ['model_roles.workspace_admin_only'] },
  { id: 'unknown model', says: 'denies with request.unknown_id', who: 'full', action: act.open, on: resource.model(id.model('nope')), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'unknown version', says: 'denies with request.unknown_id', who: 'full', action: act.read(), on: cell('regional', 'total', 'fy99', { region: 'emea' }), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'unknown line item', says: 'denies with request.unknown_id', who: 'full', action: act.read(), on: cell('regional', 'nope', 'plan', { region: 'emea' }), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'missing item', says: 'a cell without an item of one of its lists denies', who: 'full', action: act.read(), on: cell('regional', 'total', 'plan'), effect: 'deny', reasons: ['request.invalid'] },
  { id: 'unknown item', says: 'denies with request.unknown_id', who: 'full', action: act.read(), on: cell('regional', 'total', 'plan', { region: '__proto__' }), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'unknown action', says: 'denies with request.unknown_id', who: 'full', action: act.run, on: run('nope'), effect: 'deny', reasons: ['request.unknown_id'] },
]

describe('modelRoles', () => runRows(rows, policy([modules.modelRoles])))
