import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, subject, type Action, type Resource, type Subject, type TenantInput } from '../../src/index.js'
import { acme } from '../support/fixtures/acme.js'
import { codes } from '../support/tenant-world.js'
import { compiled } from '../support/compiled.js'
import { blankParameters } from '../support/outcome.js'

/** The rows speak for this module and the tenant layer alone: the data modules decide the rest. */
const moduleOnly = decideWith(policy([modules.tenantRoles, modules.workspaceAssignment]))

interface Row {
  readonly spec: string
  readonly title: string
  readonly world?: TenantInput
  readonly actor: string | Subject
  readonly action: Action
  readonly resource: Resource
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
}

const fp = resource.model(id.model('fp'))
const on = (u: string): Resource => resource.user(id.user(u))
const sales = id.workspace('sales')
const add = (via: 'administration' | 'model' | 'import', extra: { model?: string; role?: string } = {}): Action => ({
  type: 'workspace.addUser',
  workspace: sales,
  via,
  ...(extra.model === undefined ? {} : { model: id.model(extra.model) }),
  ...(extra.role === undefined ? {} : { role: id.role(extra.role) }),
})
const remove = (via: 'administration' | 'model' | 'import'): Action => ({ type: 'workspace.removeUser', workspace: sales, via })
const imports = (mode: 'add' | 'updateAttributes'): Action => ({ type: 'workspace.importUsers', mode })
const manage: Action = { type: 'model.manage', setting: 'modules' }
const open: Action = { type: 'model.open' }
const cell = resource.cell({ model: id.model('fp'), module: id.module('m'), lineItem: id.lineItem('x'), version: id.version('actual'), items: {} })
const switchOn = acme({ switches: { userManagement: true } })
const base = acme()
/** uma, a user admin, after adding herself to sales in Administration: a member without a model role (F8, F32). */
const umaJoined: TenantInput = {
  ...base,
  workspaces: base.workspaces.map((w) => (w.id === 'sales' ? { ...w, members: [...(w.members ?? []), { user: 'uma' }] } : w)),
}
const noGrant = 'default.no_grant'
const notMember = ['workspace.not_member']
const adminRequired = ['workspace.admin_required']

const rows: readonly Row[] = [
  { spec: 'R4', title: 'an RIU assigned the workspace is not a member of it (I16)', actor: 'riu', action: open, resource: fp, effect: 'deny', reasons: notMember },
  { spec: 'R4', title: 'an RIU assignment gives no cell access', actor: 'riu', action: { type: 'cell.read', channel: 'interactive' }, resource: cell, effect: 'deny', reasons: notMember },
  { spec: 'R5', title: 'a WSA adds an RIU to the workspace from a model, with a role', actor: 'wanda', action: add('model', { model: 'fp', role: 'analyst' }), resource: on('riu'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R6', title: 'an RIU who is a member opens the model (the model role decides the rest)', actor: 'rex', action: open, resource: fp, effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R21', title: 'tenant level does not reach models: a tenant admin is no member', actor: 'tina', action: open, resource: fp, effect: 'deny', reasons: notMember },
  { spec: 'R23', title: 'a user admin adds users in Administration', actor: 'uma', action: add('administration'), resource: on('out'), effect: 'allow', reasons: ['workspace.user_admin'] },
  { spec: 'R23', title: 'a WSA does not use Administration', actor: 'wanda', action: add('administration'), resource: on('out'), effect: 'deny', reasons: ['workspace.user_admin_required'] },
  { spec: 'R24', title: 'a user admin removes users in Administration', actor: 'uma', action: remove('administration'), resource: on('mia'), effect: 'allow', reasons: ['workspace.user_admin'] },
  { spec: 'R25', title: 'a WSA removes a user from a model', actor: 'wanda', action: remove('model'), resource: on('mia'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R25', title: 'an ordinary member does not', actor: 'mia', action: remove('model'), resource: on('nora'), effect: 'deny', reasons: adminRequired },
  { spec: 'R25', title: 'removing someone who is not a member', actor: 'wanda', action: remove('model'), resource: on('out'), effect: 'deny', reasons: ['workspace.target_not_member'] },
  { spec: 'R26', title: 'a WSA imports users to add them', actor: 'wanda', action: imports('add'), resource: resource.workspace(sales), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R26', title: 'a WSA imports user attributes', actor: 'wanda', action: imports('updateAttributes'), resource: resource.workspace(sales), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R26', title: 'a WSA of another workspace does not', actor: 'walt', action: imports('add'), resource: resource.workspace(sales), effect: 'deny', reasons: adminRequired },
  { spec: 'R30', title: 'with the switch on a WSA may not add from a model (I22)', world: switchOn, actor: 'wanda', action: add('model'), resource: on('out'), effect: 'deny', reasons: ['workspace.user_management_switch_on'] },
  { spec: 'R30', title: 'with the switch on a user admin still adds (I22)', world: switchOn, actor: 'uma', action: add('administration'), resource: on('out'), effect: 'allow', reasons: ['workspace.user_admin'] },
  { spec: 'R30', title: 'a user admin may add themselves (F8)', world: switchOn, actor: 'uma', action: add('administration'), resource: on('uma'), effect: 'allow', reasons: ['workspace.user_admin'] },
  { spec: 'R31', title: 'with the switch on a WSA may not remove from a model', world: switchOn, actor: 'wanda', action: remove('model'), resource: on('mia'), effect: 'deny', reasons: ['workspace.user_management_switch_on'] },
  { spec: 'R31', title: 'with the switch on a WSA may not add by import', world: switchOn, actor: 'wanda', action: imports('add'), resource: resource.workspace(sales), effect: 'deny', reasons: ['workspace.user_management_switch_on'] },
  { spec: 'R31', title: 'with the switch on a WSA may still update attributes', world: switchOn, actor: 'wanda', action: imports('updateAttributes'), resource: resource.workspace(sales), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R33', title: 'a user admin who is not a WSA does not import users (A49)', world: switchOn, actor: 'uma', action: imports('add'), resource: resource.workspace(sales), effect: 'deny', reasons: adminRequired },
  { spec: 'R33', title: 'a WSA exports the workspace\'s users', actor: 'wanda', action: { type: 'workspace.exportUsers' }, resource: resource.workspace(sales), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R33', title: 'with the switch on a WSA still exports', world: switchOn, actor: 'wanda', action: { type: 'workspace.exportUsers' }, resource: resource.workspace(sales), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R33', title: 'a user admin who is not a WSA does not export users (A49)', actor: 'uma', action: { type: 'workspace.exportUsers' }, resource: resource.workspace(sales), effect: 'deny', reasons: adminRequired },
  { spec: 'R33', title: 'a member who is not a WSA does not export users', actor: 'mia', action: { type: 'workspace.exportUsers' }, resource: resource.workspace(sales), effect: 'deny', reasons: adminRequired },
  { spec: 'A43', title: 'switch off: a WSA adds a visiting user from a model', actor: 'wanda', action: add('model'), resource: on('vera'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'A43', title: 'switch on: only user admins add a visiting user', world: switchOn, actor: 'wanda', action: add('model'), resource: on('vera'), effect: 'deny', reasons: ['workspace.user_management_switch_on'] },
  { spec: 'R32', title: 'a WSA makes a member a WSA', actor: 'wanda', action: { type: 'workspace.setAdmin', workspace: sales, admin: true }, resource: on('mia'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R32', title: 'only a member can be made a WSA', actor: 'wanda', action: { type: 'workspace.setAdmin', workspace: sales, admin: true }, resource: on('out'), effect: 'deny', reasons: ['workspace.target_not_member'] },
  { spec: 'R32', title: 'a WSA steps down while another remains', actor: 'wanda', action: { type: 'workspace.setAdmin', workspace: sales, admin: false }, resource: on('wanda'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R32', title: 'the only WSA of a workspace stays one', actor: 'walt', action: { type: 'workspace.setAdmin', workspace: id.workspace('empty'), admin: false }, resource: on('walt'), effect: 'deny', reasons: ['workspace.last_admin'] },
  { spec: 'R33', title: 'a Full Access member does not designate WSAs (I14)', actor: 'mia', action: { type: 'workspace.setAdmin', workspace: sales, admin: true }, resource: on('nora'), effect: 'deny', reasons: adminRequired },
  { spec: 'R33', title: 'a WSA sets a model role', actor: 'wanda', action: { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('analyst') }, resource: on('nora'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'R33', title: 'a user admin does not set model roles (R29)', actor: 'uma', action: { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('analyst') }, resource: on('nora'), effect: 'deny', reasons: adminRequired },
  { spec: 'F34', title: 'the role must exist in the model', actor: 'wanda', action: { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('boss') }, resource: on('nora'), effect: 'deny', reasons: ['request.unknown_id'] },
  { spec: 'F34', title: 'the role goes to a member', actor: 'wanda', action: { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('fullAccess') }, resource: on('out'), effect: 'deny', reasons: ['workspace.target_not_member'] },
  { spec: 'F31', title: 'adding from a model names a model of that workspace', actor: 'wanda', action: add('model', { model: 'ops-plan' }), resource: on('out'), effect: 'deny', reasons: ['workspace.model_not_in_workspace'] },
  { spec: 'F31', title: 'adding from a model names a role of that model', actor: 'wanda', action: add('model', { model: 'fp', role: 'boss' }), resource: on('out'), effect: 'deny', reasons: ['request.unknown_id'] },
  { spec: 'F35', title: 'a WSA manages the model whatever their role (A28)', actor: 'wanda', action: manage, resource: fp, effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'F36', title: 'Full Access is not enough to manage (I14)', actor: 'mia', action: manage, resource: fp, effect: 'deny', reasons: adminRequired },
  { spec: 'F35', title: 'the Internal alias does not manage models', actor: subject.internalAlias, action: manage, resource: fp, effect: 'deny', reasons: adminRequired },
  { spec: 'F32', title: 'added in Administration, a user admin has no model access from this module (I17)', world: umaJoined, actor: 'uma', action: open, resource: fp, effect: 'deny', reasons: [noGrant] },
  { spec: 'F33', title: 'a member added by import is no WSA', world: umaJoined, actor: 'uma', action: manage, resource: fp, effect: 'deny', reasons: adminRequired },
  { spec: 'F13', title: 'the switch is off by default: a WSA adds from a model', actor: 'wanda', action: add('model'), resource: on('out'), effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'F6', title: 'a tenant admin reaches no model data', actor: 'tina', action: { type: 'cell.read', channel: 'interactive' }, resource: cell, effect: 'deny', reasons: notMember },
  { spec: 'F70', title: 'a non-member does not open the model', actor: 'out', action: open, resource: fp, effect: 'deny', reasons: notMember },
  { spec: 'F70', title: 'a member is only gated here: the model role decides', actor: 'mia', action: open, resource: fp, effect: 'deny', reasons: [noGrant] },
  { spec: 'F71', title: 'a WSA with No Access still opens the model', actor: 'wanda', action: open, resource: fp, effect: 'allow', reasons: ['workspace.admin'] },
  { spec: 'F8', title: 'a disabled WSA is capped', actor: 'dis', action: open, resource: fp, effect: 'deny', reasons: ['tenant_roles.account_disabled'] },
  { spec: 'I16', title: 'an unknown model is an unknown id', actor: 'wanda', action: open, resource: resource.model(id.model('ghost')), effect: 'deny', reasons: ['request.unknown_id'] },
  { spec: 'I16', title: 'the Internal alias passes the gate: the data modules decide it', actor: subject.internalAlias, action: open, resource: fp, effect: 'deny', reasons: [noGrant] },
]

describe('workspaceAssignment', () => {
  const base = compiled({ tenant: acme() })
  for (const row of rows) {
    it(`${row.spec} ${row.title}`, () => {
      const world = row.world === undefined ? base : compiled({ tenant: row.world })
      const who = typeof row.actor === 'string' ? subject.user(id.user(row.actor)) : row.actor
      const decision = moduleOnly(world)(who, row.action, row.resource)
      expect({ effect: decision.effect, reasons: codes(decision.reasons) }).toEqual({ effect: row.effect, reasons: [...row.reasons].sort() })
      expect(blankParameters(decision)).toEqual([])
    })
  }
})
