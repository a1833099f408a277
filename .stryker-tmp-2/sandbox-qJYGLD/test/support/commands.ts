/**
 * Helpers for command tests: a planning tenant with two models in one workspace and a list with
 * selective access, command builders, and a generator of random administrative commands.
 */
// @ts-nocheck

import fc from 'fast-check'
import {
  apply,
  id,
  resource,
  subject,
  type Command,
  type ListEdit,
  type ModelInput,
  type Resource,
  type TenantInput,
  type Tiebreak,
  type UserImportRow,
  type SelectiveAccessRow,
  type World,
} from '../../src/index.js'
import { plainAdminRoles as plainRoles } from '../../src/codecs/admin-roles.js'
import { tenantArb, userIds, workspaceIds } from './arbitraries/tenant.js'
import { compiled } from './compiled.js'
import { member, model, tenant, user, workspace, wsa } from './tenant-world.js'

/** 2026-11-23 09:00 UTC, the start of every test log. */
export const t0 = Date.UTC(2026, 10, 23, 9, 0)

const regions = { id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] }

/** The planning tenant of the command tests. */
export const planning = (options: Pick<TenantInput, 'switches'> = {}): TenantInput =>
  tenant(
    [
      user('tina', { roles: ['tenantAdmin'] }),
      user('uma', { roles: ['userAdmin'] }),
      user('sec', { roles: ['securityAdmin'] }),
      user('wanda'),
      user('mia'),
      user('bob'),
      { id: 'val', kind: 'visiting' },
    ],
    [workspace('sales', wsa('wanda'), member('mia')), workspace('ops')],
    [
      model('fp', 'sales', { wanda: 'fullAccess', mia: 'analyst' }, {
        roles: [{ id: 'analyst' }],
        lists: [regions],
        selectiveAccess: [{ user: 'mia', list: 'regions', item: 'emea', level: 'read' }],
      }),
      model('bud', 'sales', { wanda: 'fullAccess', mia: 'noAccess' }),
      model('ops-plan', 'ops'),
    ],
    options,
  )

/** The compiled planning tenant. */
export const planningWorld = (options: Pick<TenantInput, 'switches'> = {}): World => compiled({ tenant: planning(options) })

/** A tenant compiled, or a thrown error listing every compile error. */
export const compileTenant = (input: TenantInput): World => compiled({ tenant: input })

/** A command from `actor`, at `t0 + minute` minutes, with the tiebreak (the minute by default). */
export const command = (
  actor: string,
  action: Command['action'],
  target: Resource,
  minute = 0,
  tiebreak: Tiebreak = minute,
): Command => ({ actor: subject.user(id.user(actor)), action, resource: target, at: t0 + minute * 60_000, tiebreak }) as Command

/** A user import command. */
export const userImport = (actor: string, ws: string, mode: 'add' | 'updateAttributes', rows: readonly UserImportRow[], minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'workspace.importUsers', mode },
  resource: resource.workspace(id.workspace(ws)),
  at: t0 + minute * 60_000,
  tiebreak: minute,
  rows,
})

/** A selective-access import command into `fp`'s regions list. */
export const accessImport = (actor: string, mode: 'additive' | 'clearThenLoad', rows: readonly SelectiveAccessRow[], minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'selectiveAccess.import', mode },
  resource: resource.list(id.model('fp'), id.list('regions')),
  at: t0 + minute * 60_000,
  tiebreak: minute,
  rows,
})

/** The world after a command, failing the test when it was rejected. */
export const applied = (world: World, c: Command): World => {
  const result = apply(world, c)
  if (result._tag === 'Left') throw new Error(`rejected: ${result.left.reasons.map((r) => r.code).join(', ')}`)
  return result.right.world
}

const u = (ids: readonly string[]) => fc.constantFrom(...ids)
const modelIds = ['m0', 'm1', 'm2'] as const
const roleIds = ['fullAccess', 'noAccess', 'analyst'] as const
const someWorkspaces = fc.subarray([...workspaceIds]).map((ws) => ws.map((w) => id.workspace(w)))
const userTarget = u(userIds).map((x) => resource.user(id.user(x)))

/** The generated tenants with a selective-access list in every model, so imports have somewhere to go. */
export const tenantWithListsArb: fc.Arbitrary<TenantInput> = tenantArb.map((t) => ({
  ...t,
  models: t.models.map((m): ModelInput => ({
    ...m,
    lists: [regions],
    modules: [{ id: 'flat' }],
    actions: [{ id: 'eAll', kind: 'export', source: { module: 'flat' }, target: { file: true } }],
    ...(m.id === 'm0' ? { internalAlias: {} } : {}),
  })),
}))

const actionArb: fc.Arbitrary<{ action: Command['action']; resource: Resource; rows?: readonly unknown[] }> = fc.oneof(
  fc.record({
    action: fc.record({ type: fc.constant('tenant.assignRole' as const), role: fc.constantFrom(...plainRoles, 'restrictedIntegrationUser' as const), workspaces: someWorkspaces }),
    resource: userTarget,
  }),
  fc.record({ action: fc.record({ type: fc.constant('tenant.unassignRole' as const), role: fc.constantFrom(...plainRoles, 'restrictedIntegrationUser' as const) }), resource: userTarget }),
  fc.record({ action: fc.record({ type: fc.constant('tenant.setAccountStatus' as const), enabled: fc.boolean() }), resource: userTarget }),
  fc.record({
    action: fc.record({ type: fc.constant('tenant.setSwitch' as const), switch: fc.constantFrom('userManagement' as const, 'exceptionUsers' as const), on: fc.boolean() }),
    resource: fc.constant(resource.tenant),
  }),
  fc.record({
    action: fc.record({ type: fc.constant('tenant.setSsoException' as const), workspace: u(workspaceIds).map(id.workspace), on: fc.boolean() }),
    resource: userTarget,
  }),
  fc.record({
    action: fc.record({ type: fc.constant('tenant.createInternalUser' as const), user: u(['n0', 'n1']).map(id.user), email: u(['n0@acme.example', 'n1@acme.example']), workspaces: someWorkspaces }),
    resource: fc.constant(resource.tenant),
  }),
  fc.record({
    action: fc.record(
      { type: fc.constant('workspace.addUser' as const), workspace: u(workspaceIds).map(id.workspace), via: fc.constantFrom('administration' as const, 'model' as const, 'import' as const), model: u(modelIds).map(id.model), role: u(roleIds).map(id.role) },
      { requiredKeys: ['type', 'workspace', 'via'] },
    ),
    resource: userTarget,
  }),
  fc.record({
    action: fc.record({ type: fc.constant('workspace.removeUser' as const), workspace: u(workspaceIds).map(id.workspace), via: fc.constantFrom('administration' as const, 'model' as const, 'import' as const) }),
    resource: userTarget,
  }),
  fc.record({ action: fc.record({ type: fc.constant('workspace.setAdmin' as const), workspace: u(workspaceIds).map(id.workspace), admin: fc.boolean() }), resource: userTarget }),
  fc.record({ action: fc.record({ type: fc.constant('workspace.setModelRole' as const), model: u(modelIds).map(id.model), role: u(roleIds).map(id.role) }), resource: userTarget }),
  fc.record({
    action: fc.record({ type: fc.constant('workspace.importUsers' as const), mode: fc.constantFrom('add' as const, 'updateAttributes' as const) }),
    resource: u(workspaceIds).map((ws) => resource.workspace(id.workspace(ws))),
    rows: fc.array(fc.record({ user: u(userIds).map(id.user), model: u(modelIds).map(id.model), role: u(roleIds).map(id.role) }, { requiredKeys: ['user'] }), { maxLength: 3 }),
  }),
  fc.record({
    action: fc.record({ type: fc.constant('selectiveAccess.import' as const), mode: fc.constantFrom('additive' as const, 'clearThenLoad' as const) }),
    resource: u(modelIds).map((m) => resource.list(id.model(m), id.list('regions'))),
    rows: fc.array(fc.record({ user: u(userIds).map(id.user), item: u(['emea', 'apac']).map(id.item), level: fc.constantFrom('none' as const, 'read' as const, 'write' as const) }), { maxLength: 3 }),
  }),
)

/** Creations, mostly well formed: a connection names only its id, an integration mostly known steps; the ids collide on purpose. */
const creationArb = fc.oneof(
  fc.record({
    action: fc.constant({ type: 'cloudworks.create' as const, object: 'connection' as const }),
    resource: u(workspaceIds).map((ws) => resource.workspace(id.workspace(ws))),
    creates: fc.record({ id: u(['x0', 'x1']) }),
  }),
  fc.record({
    action: fc.constant({ type: 'cloudworks.create' as const, object: 'integration' as const }),
    resource: u(workspaceIds).map((ws) => resource.workspace(id.workspace(ws))),
    creates: fc.record(
      {
        id: u(['x0', 'x1']),
        connection: u(['x0', 'x1']).map(id.connection),
        steps: fc.array(fc.record({ model: u(modelIds).map(id.model), action: fc.constantFrom('eAll', 'eAll', 'eAll', 'eNone').map(id.modelAction) }), { maxLength: 2 }),
      },
      { requiredKeys: ['id'] },
    ),
  }),
)

const onModel = u(modelIds).map((m) => resource.model(id.model(m)))
const someRole = u(['analyst', 'reviewer', 'fullAccess']).map(id.role)

/** Custom roles and the alias's access: ids collide on purpose (a held role, a built-in one, one created twice). */
export const modelStructureArb: fc.Arbitrary<{ readonly action: Command['action']; readonly resource: Resource; readonly edit?: ListEdit }> = fc.oneof(
  fc.record({ action: fc.record({ type: fc.constant('model.createRole' as const), role: someRole }), resource: onModel }),
  fc.record({
    action: fc.record(
      { type: fc.constant('model.setRolePermissions' as const), role: someRole, modules: fc.constantFrom({ flat: 'read' as const }, { flat: 'write' as const }, {}), lists: fc.constantFrom([id.list('regions')], []), actions: fc.constantFrom([id.modelAction('eAll')], []) },
      { requiredKeys: ['type', 'role'] },
    ),
    resource: onModel,
  }),
  fc.record({ action: fc.record({ type: fc.constant('model.deleteRole' as const), role: someRole }), resource: onModel }),
  fc.record({
    action: fc.constant({ type: 'list.editStructure' as const }),
    resource: u(modelIds).map((m) => resource.list(id.model(m), id.list('regions'))),
    edit: fc.constantFrom<ListEdit>(
      { add: [{ id: id.item('amer') }] },
      { remove: [id.item('apac')] },
      { remove: [id.item('emea')], add: [{ id: id.item('emea') }] },
      { add: [{ id: id.item('apac') }] },
    ),
  }),
  fc.record({
    action: fc.record({ type: fc.constant('selectiveAccess.setAliasAccess' as const), item: u(['emea', 'apac']).map(id.item), level: fc.constantFrom('none' as const, 'read' as const, 'write' as const) }),
    resource: u(modelIds).map((m) => resource.list(id.model(m), id.list('regions'))),
  }),
)

/** A random administrative command by one of the generated users, within the first hour. */
export const commandArb: fc.Arbitrary<Command> = fc
  .record({ actor: u(userIds), act: fc.oneof({ arbitrary: actionArb, weight: 12 }, { arbitrary: creationArb, weight: 3 }, { arbitrary: modelStructureArb, weight: 3 }), minute: fc.integer({ min: 0, max: 59 }), tiebreak: fc.nat({ max: 3 }) })
  .map(({ actor, act, minute, tiebreak }) => ({ actor: subject.user(id.user(actor)), ...act, at: t0 + minute * 60_000, tiebreak }) as Command)

/** Random commands whose (timestamp, tiebreak) keys are all different. */
export const logArb = (maxLength: number): fc.Arbitrary<readonly Command[]> =>
  fc.uniqueArray(commandArb, { minLength: Math.min(8, maxLength), maxLength, selector: (c) => `${c.at}/${c.tiebreak}` })
