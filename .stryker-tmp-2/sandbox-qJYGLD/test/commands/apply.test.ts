// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, encode, id, resource, type Command, type TenantInput, type World } from '../../src/index.js'
import { accessImport, command, planning, planningWorld, userImport } from '../support/commands.js'
import { compileTenant } from '../support/commands.js'

const user = (x: string) => resource.user(id.user(x))
const ws = id.workspace
const tenantOf = (world: World): TenantInput => {
  const t = encode(world).tenant
  if (t === undefined) throw new Error('no tenant')
  return t
}
const seat = (world: World, w: string, u: string) => {
  const found = tenantOf(world).workspaces.find((x) => x.id === w)?.members?.find((m) => m.user === u)
  return found === undefined ? 'none' : found.admin === true ? 'admin' : 'member'
}
const roleIn = (world: World, model: string, u: string) =>
  tenantOf(world).models.find((m) => m.id === model)?.assignments?.find((a) => a.user === u)?.role ?? 'unassigned'
const grantsOf = (world: World, model: string, u: string) =>
  (tenantOf(world).models.find((m) => m.id === model)?.selectiveAccess ?? []).filter((g) => g.user === u).map((g) => `${g.item}:${g.level}`).sort()
const userRecord = (world: World, u: string) => tenantOf(world).users.find((x) => x.id === u)

/** A WSA of sales without any role in its models, for F31's WSA default. */
const withUnplacedAdmin = (): World => {
  const base = planning()
  return compileTenant({
    ...base,
    users: [...base.users, { id: 'ada', kind: 'internal' }],
    workspaces: base.workspaces.map((w) => (w.id === 'sales' ? { ...w, members: [...(w.members ?? []), { user: 'ada', admin: true }] } : w)),
  })
}

interface Row {
  readonly id: string
  readonly world: () => World
  readonly command: Command
  readonly applied: boolean
  readonly reasons: readonly string[]
  readonly then?: (after: World) => void
}

const rows: readonly Row[] = [
  {
    id: 'F32 a user admin adds a user in Administration: No Access in every model',
    world: planningWorld,
    command: command('uma', { type: 'workspace.addUser', workspace: ws('sales'), via: 'administration' }, user('bob')),
    applied: true,
    reasons: ['workspace.user_admin'],
    then: (w) => expect([seat(w, 'sales', 'bob'), roleIn(w, 'fp', 'bob'), roleIn(w, 'bud', 'bob')]).toEqual(['member', 'noAccess', 'noAccess']),
  },
  {
    id: 'F31 a WSA adds a user from a model: the chosen role there, No Access in the other models',
    world: planningWorld,
    command: command('wanda', { type: 'workspace.addUser', workspace: ws('sales'), via: 'model', model: id.model('fp'), role: id.role('analyst') }, user('bob')),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect([seat(w, 'sales', 'bob'), roleIn(w, 'fp', 'bob'), roleIn(w, 'bud', 'bob')]).toEqual(['member', 'analyst', 'noAccess']),
  },
  {
    id: 'F31 a workspace administrator gets Full Access in the other models even when No Access is chosen',
    world: withUnplacedAdmin,
    command: command('wanda', { type: 'workspace.addUser', workspace: ws('sales'), via: 'model', model: id.model('fp'), role: id.role('noAccess') }, user('ada')),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect([seat(w, 'sales', 'ada'), roleIn(w, 'fp', 'ada'), roleIn(w, 'bud', 'ada')]).toEqual(['admin', 'noAccess', 'fullAccess']),
  },
  {
    id: 'R24 a user without the User Admin role cannot add in Administration; nothing changes',
    world: planningWorld,
    command: command('tina', { type: 'workspace.addUser', workspace: ws('sales'), via: 'administration' }, user('bob')),
    applied: false,
    reasons: ['workspace.user_admin_required'],
  },
  {
    id: 'F33 an import adds users as non-WSAs with the row role in its model, No Access elsewhere',
    world: planningWorld,
    command: userImport('wanda', 'sales', 'add', [{ user: id.user('bob'), model: id.model('fp'), role: id.role('analyst') }]),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect([seat(w, 'sales', 'bob'), roleIn(w, 'fp', 'bob'), roleIn(w, 'bud', 'bob')]).toEqual(['member', 'analyst', 'noAccess']),
  },
  {
    id: 'R31 A42 with the switch on, an import applies its attribute updates and rejects its additions, row by row',
    world: () => planningWorld({ switches: { userManagement: true } }),
    command: userImport('wanda', 'sales', 'add', [{ user: id.user('bob') }, { user: id.user('mia'), email: 'mia@acme.example' }]),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => {
      expect(seat(w, 'sales', 'bob')).toBe('none')
      expect(userRecord(w, 'mia')?.email).toBe('mia@acme.example')
    },
  },
  {
    id: 'A42 an import counts as rejected only when no row applies',
    world: () => planningWorld({ switches: { userManagement: true } }),
    command: userImport('wanda', 'sales', 'add', [{ user: id.user('bob') }]),
    applied: false,
    reasons: ['commands.no_row_applied', 'workspace.user_management_switch_on'],
  },
  {
    id: 'R26 an attribute-update import does not add non-members',
    world: planningWorld,
    command: userImport('wanda', 'sales', 'updateAttributes', [{ user: id.user('bob') }]),
    applied: false,
    reasons: ['commands.no_row_applied', 'commands.row_not_member'],
  },
  {
    id: 'F46 importing the No Access role clears the user\'s selective access in that model',
    world: planningWorld,
    command: userImport('wanda', 'sales', 'updateAttributes', [{ user: id.user('mia'), model: id.model('fp'), role: id.role('noAccess') }]),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect([roleIn(w, 'fp', 'mia'), grantsOf(w, 'fp', 'mia').length]).toEqual(['noAccess', 0]),
  },
  {
    id: 'R2 assigning the RIU role saves its workspaces with it',
    world: planningWorld,
    command: command('tina', { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [ws('sales')] }, user('bob')),
    applied: true,
    reasons: ['tenant_roles.role_held'],
    then: (w) => expect(userRecord(w, 'bob')?.restrictedIntegrationWorkspaces).toEqual(['sales']),
  },
  {
    id: 'R3 I18 assigning the RIU role without workspaces is rejected',
    world: planningWorld,
    command: command('tina', { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [] }, user('bob')),
    applied: false,
    reasons: ['tenant_roles.riu_requires_workspace'],
  },
  {
    id: 'F7 I20 the last tenant administrator cannot lose the role',
    world: planningWorld,
    command: command('tina', { type: 'tenant.unassignRole', role: 'tenantAdmin' }, user('tina')),
    applied: false,
    reasons: ['tenant_roles.last_tenant_admin'],
  },
  {
    id: 'F5 F8 a user administrator disables an account',
    world: planningWorld,
    command: command('uma', { type: 'tenant.setAccountStatus', enabled: false }, user('mia')),
    applied: true,
    reasons: ['tenant_roles.role_held'],
    then: (w) => expect(userRecord(w, 'mia')?.enabled).toBe(false),
  },
  {
    id: 'R30 a tenant administrator turns the user-management switch on',
    world: planningWorld,
    command: command('tina', { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource.tenant),
    applied: true,
    reasons: ['tenant_roles.role_held'],
    then: (w) => expect(tenantOf(w).switches).toEqual({ userManagement: true }),
  },
  {
    id: 'F14 with the exception switch off a WSA makes a member an SSO exception',
    world: planningWorld,
    command: command('wanda', { type: 'tenant.setSsoException', workspace: ws('sales'), on: true }, user('mia')),
    applied: true,
    reasons: ['tenant_roles.workspace_admin_assigns_exceptions'],
    then: (w) => expect(tenantOf(w).workspaces[0]?.members?.find((m) => m.user === 'mia')?.ssoException).toBe(true),
  },
  {
    id: 'F14 I23 with the exception switch on a WSA may not',
    world: () => planningWorld({ switches: { exceptionUsers: true } }),
    command: command('wanda', { type: 'tenant.setSsoException', workspace: ws('sales'), on: true }, user('mia')),
    applied: false,
    reasons: ['tenant_roles.exception_switch_on'],
  },
  {
    id: 'R7 I24 a tenant admin without User Admin cannot create a user',
    world: planningWorld,
    command: command('tina', { type: 'tenant.createInternalUser', user: id.user('eve'), email: 'eve@acme.example', workspaces: [ws('sales')] }, resource.tenant),
    applied: false,
    reasons: ['tenant_roles.role_required'],
  },
  {
    id: 'R7 F9 F32 a user admin creates a user, in its workspaces with No Access in their models',
    world: planningWorld,
    command: command('uma', { type: 'tenant.createInternalUser', user: id.user('eve'), email: 'eve@acme.example', workspaces: [ws('sales')] }, resource.tenant),
    applied: true,
    reasons: ['tenant_roles.role_held'],
    then: (w) => expect([userRecord(w, 'eve')?.kind, seat(w, 'sales', 'eve'), roleIn(w, 'fp', 'eve'), roleIn(w, 'bud', 'eve')]).toEqual(['internal', 'member', 'noAccess', 'noAccess']),
  },
  {
    id: 'R25 a WSA removes a member: membership, roles and selective access go',
    world: planningWorld,
    command: command('wanda', { type: 'workspace.removeUser', workspace: ws('sales'), via: 'model' }, user('mia')),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect([seat(w, 'sales', 'mia'), roleIn(w, 'fp', 'mia'), roleIn(w, 'bud', 'mia'), grantsOf(w, 'fp', 'mia').length]).toEqual(['none', 'unassigned', 'unassigned', 0]),
  },
  {
    id: 'R33 a WSA makes a member a WSA',
    world: planningWorld,
    command: command('wanda', { type: 'workspace.setAdmin', workspace: ws('sales'), admin: true }, user('mia')),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect(seat(w, 'sales', 'mia')).toBe('admin'),
  },
  {
    id: 'F34 a WSA gives a member their one role in a model',
    world: planningWorld,
    command: command('wanda', { type: 'workspace.setModelRole', model: id.model('bud'), role: id.role('fullAccess') }, user('mia')),
    applied: true,
    reasons: ['workspace.admin'],
    then: (w) => expect(roleIn(w, 'bud', 'mia')).toBe('fullAccess'),
  },
  {
    id: 'F46 a selective-access import is additive',
    world: planningWorld,
    command: accessImport('wanda', 'additive', [{ user: id.user('mia'), item: id.item('apac'), level: 'write' }, { user: id.user('mia'), item: id.item('emea'), level: 'read' }]),
    applied: true,
    reasons: ['model_administration.workspace_admin'],
    then: (w) => expect(grantsOf(w, 'fp', 'mia')).toEqual(['apac:write', 'emea:read']),
  },
  {
    id: 'F46 clear-then-load removes every grant on the list first',
    world: planningWorld,
    command: accessImport('wanda', 'clearThenLoad', [{ user: id.user('bob'), item: id.item('apac'), level: 'read' }]),
    applied: true,
    reasons: ['model_administration.workspace_admin'],
    then: (w) => expect([grantsOf(w, 'fp', 'mia'), grantsOf(w, 'fp', 'bob')]).toEqual([[], ['apac:read']]),
  },
  {
    id: 'F46 importing None for a list removes that user\'s grants on it',
    world: planningWorld,
    command: accessImport('wanda', 'additive', [{ user: id.user('mia'), item: id.item('apac'), level: 'none' }]),
    applied: true,
    reasons: ['model_administration.workspace_admin'],
    then: (w) => expect(grantsOf(w, 'fp', 'mia')).toEqual([]),
  },
  {
    id: 'R33 only WSAs import selective access',
    world: planningWorld,
    command: accessImport('mia', 'additive', [{ user: id.user('mia'), item: id.item('apac'), level: 'write' }]),
    applied: false,
    reasons: ['model_administration.not_workspace_admin'],
  },
]

describe('apply: one row per rule', () => {
  it.each(rows)('$id', (row) => {
    const before = row.world()
    const encoded = JSON.stringify(encode(before))
    const result = apply(before, row.command)
    const reasons = result._tag === 'Right' ? result.right.reasons : result.left.reasons
    expect(result._tag === 'Right').toBe(row.applied)
    expect([...new Set(reasons.map((r) => r.code))].sort()).toEqual([...row.reasons].sort())
    expect(JSON.stringify(encode(before))).toBe(encoded)
    if (result._tag === 'Right') row.then?.(result.right.world)
  })
})
