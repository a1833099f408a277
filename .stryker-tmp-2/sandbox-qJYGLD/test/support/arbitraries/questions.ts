// @ts-nocheck
// Generators shared by the property tests: every action type, every resource kind, subjects, and
// requests about a given world (ids drawn from the world, plus unknown and prototype-named ones).
import fc from 'fast-check'
import type { Action, ActionOf, ActionType, Resource, ResourceKind, Subject } from '../../../src/index.js'
import { actionSpecs, id, lattice } from '../../../src/index.js'

/** Ids that name properties of `Object.prototype`: they must behave as ordinary ids everywhere. */
export const prototypeIds = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const

/** An id from a pool, with unknown and prototype-named ids mixed in. */
const idFrom = (pool: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: pool.length > 0 ? fc.constantFrom(...pool) : fc.constant('x') }, fc.constantFrom(...prototypeIds), fc.constant('nobody'))

/** The ids a world uses, by what they name; each pool may be empty. */
export interface IdPools {
  readonly users: readonly string[]
  readonly workspaces: readonly string[]
  readonly models: readonly string[]
  readonly roles: readonly string[]
  readonly lists: readonly string[]
  readonly items: readonly string[]
  readonly modules: readonly string[]
  readonly lineItems: readonly string[]
  readonly versions: readonly string[]
  readonly actions: readonly string[]
  readonly connections: readonly string[]
  readonly integrations: readonly string[]
}

const oneOfValues = <T extends string>(...values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values)
const level = oneOfValues(...lattice.connectionRole.levels)

/** One generator per action type: the mapped type makes the table exhaustive. */
const actionArbitraries = (p: IdPools): { readonly [T in ActionType]: fc.Arbitrary<ActionOf<T>> } => {
  const user = idFrom(p.users).map(id.user)
  const workspace = idFrom(p.workspaces).map(id.workspace)
  const model = idFrom(p.models).map(id.model)
  const role = idFrom(p.roles).map(id.role)
  const adminRole = oneOfValues('tenantAdmin', 'userAdmin', 'securityAdmin', 'auditor', 'encryptionAdmin', 'viewAdmin', 'pageBuilder', 'integrationAdmin', 'restrictedIntegrationUser')
  const via = oneOfValues('administration', 'model', 'import')
  const member = fc.oneof(user.map((u) => ({ user: u })), idFrom(['g1']).map((g) => ({ group: id.group(g) })))
  const operation = oneOfValues('create', 'update', 'delete')
  return {
    'tenant.assignRole': fc.record({ type: fc.constant('tenant.assignRole'), role: adminRole, workspaces: fc.array(workspace, { maxLength: 2 }) }, { requiredKeys: ['type', 'role'] }),
    'tenant.unassignRole': fc.record({ type: fc.constant('tenant.unassignRole'), role: adminRole }),
    'tenant.createInternalUser': fc.record({ type: fc.constant('tenant.createInternalUser'), user, email: fc.constant('new@acme.example'), workspaces: fc.array(workspace, { maxLength: 2 }) }),
    'tenant.setAccountStatus': fc.record({ type: fc.constant('tenant.setAccountStatus'), enabled: fc.boolean() }),
    'tenant.setSwitch': fc.record({ type: fc.constant('tenant.setSwitch'), switch: oneOfValues('userManagement', 'exceptionUsers'), on: fc.boolean() }),
    'tenant.setSsoException': fc.record({ type: fc.constant('tenant.setSsoException'), workspace, on: fc.boolean() }),
    'tenant.readAudit': fc.constant({ type: 'tenant.readAudit' }),
    'tenant.manageSso': fc.constant({ type: 'tenant.manageSso' }),
    'tenant.viewAssignments': fc.constant({ type: 'tenant.viewAssignments' }),
    'tenant.viewDirectory': fc.constant({ type: 'tenant.viewDirectory' }),
    'tenant.buildPages': fc.constant({ type: 'tenant.buildPages' }),
    'workspace.addUser': fc.record({ type: fc.constant('workspace.addUser'), workspace, via, model, role }, { requiredKeys: ['type', 'workspace', 'via'] }),
    'workspace.removeUser': fc.record({ type: fc.constant('workspace.removeUser'), workspace, via }),
    'workspace.importUsers': fc.record({ type: fc.constant('workspace.importUsers'), mode: oneOfValues('add', 'updateAttributes') }),
    'workspace.exportUsers': fc.record({ type: fc.constant('workspace.exportUsers') }),
    'workspace.setAdmin': fc.record({ type: fc.constant('workspace.setAdmin'), workspace, admin: fc.boolean() }),
    'workspace.setModelRole': fc.record({ type: fc.constant('workspace.setModelRole'), model, role }),
    'model.open': fc.constant({ type: 'model.open' }),
    'model.manage': fc.record({ type: fc.constant('model.manage'), setting: oneOfValues('time', 'versions', 'modules', 'users', 'actions', 'lineItems') }),
    'cell.read': fc.record({ type: fc.constant('cell.read'), channel: oneOfValues('interactive', 'export', 'importSource') }),
    'cell.write': fc.record({ type: fc.constant('cell.write'), channel: oneOfValues('interactive', 'fileImport', 'modelImport') }),
    'listItem.read': fc.constant({ type: 'listItem.read' }),
    'listItem.write': fc.constant({ type: 'listItem.write' }),
    'list.editStructure': fc.constant({ type: 'list.editStructure' }),
    'modelAction.run': fc.constant({ type: 'modelAction.run' }),
    'cloudworks.create': fc.record({ type: fc.constant('cloudworks.create'), object: oneOfValues('connection', 'integration') }),
    'cloudworks.manage': fc.record({ type: fc.constant('cloudworks.manage'), operation: oneOfValues('read', 'update', 'delete') }),
    'cloudworks.run': fc.constant({ type: 'cloudworks.run' }),
    'cloudworks.setRunAs': fc.record({ type: fc.constant('cloudworks.setRunAs'), user: fc.option(user, { nil: null }) }),
    'connection.view': fc.constant({ type: 'connection.view' }),
    'connection.createSync': fc.record({ type: fc.constant('connection.createSync'), project: idFrom(['p1']).map(id.project) }),
    'connection.manage': fc.constant({ type: 'connection.manage' }),
    'connection.addMember': fc.record({ type: fc.constant('connection.addMember'), member, role: level }),
    'connection.setMemberRole': fc.record({ type: fc.constant('connection.setMemberRole'), member, role: level }),
    'connection.removeMember': fc.record({ type: fc.constant('connection.removeMember'), member }),
    'workplace.createConnection': fc.constant({ type: 'workplace.createConnection' }),
    'project.manageSyncs': fc.constant({ type: 'project.manageSyncs' }),
    'workplace.setUserRole': fc.record({ type: fc.constant('workplace.setUserRole'), user, role }),
    'workplace.setGroupMember': fc.record({ type: fc.constant('workplace.setGroupMember'), group: idFrom(['g1']).map(id.group), user, member: fc.boolean() }),
    'project.setMemberRole': fc.record({ type: fc.constant('project.setMemberRole'), member, role: fc.option(role, { nil: null }) }),
    'account.operate': fc.record({ type: fc.constant('account.operate'), operation: oneOfValues('viewData', 'runFlow', 'configureIntegration', 'manageUsers', 'managePlatformSettings') }),
    'account.author': fc.record({ type: fc.constant('account.author'), artifact: oneOfValues('flow', 'integration', 'connector'), operation }),
    'account.grantRole': fc.record({ type: fc.constant('account.grantRole'), user, role: oneOfValues('administrator', 'readOnly', 'flowAuthor', 'platformAdministrator') }),
    'account.revokeRole': fc.record({ type: fc.constant('account.revokeRole'), user, role: oneOfValues('flowAuthor', 'platformAdministrator') }),
    'selectiveAccess.import': fc.record({ type: fc.constant('selectiveAccess.import'), mode: oneOfValues('additive', 'clearThenLoad') }),
    'model.createRole': fc.record({ type: fc.constant('model.createRole'), role }),
    'model.setRolePermissions': fc.record(
      { type: fc.constant('model.setRolePermissions'), role, modules: fc.dictionary(idFrom(['m', 'sales']), oneOfValues('none', 'read', 'write'), { maxKeys: 2 }) },
      { requiredKeys: ['type', 'role'] },
    ),
    'model.deleteRole': fc.record({ type: fc.constant('model.deleteRole'), role }),
    'selectiveAccess.setAliasAccess': fc.record({ type: fc.constant('selectiveAccess.setAliasAccess'), item: idFrom(['emea', 'apac']).map(id.item), level: oneOfValues('none', 'read', 'write') }),
  }
}

/** One generator per resource kind, exhaustive like the action table. */
const resourceArbitraries = (p: IdPools): { readonly [K in ResourceKind]: fc.Arbitrary<Extract<Resource, { readonly kind: K }>> } => {
  const model = idFrom(p.models).map(id.model)
  const list = idFrom(p.lists).map(id.list)
  const item = idFrom(p.items).map(id.item)
  const connection = idFrom(p.connections).map(id.connection)
  return {
    tenant: fc.constant({ kind: 'tenant' }),
    user: fc.record({ kind: fc.constant('user'), id: idFrom(p.users).map(id.user) }),
    workspace: fc.record({ kind: fc.constant('workspace'), id: idFrom(p.workspaces).map(id.workspace) }),
    model: fc.record({ kind: fc.constant('model'), id: model }),
    list: fc.record({ kind: fc.constant('list'), model, list }),
    listItem: fc.record({ kind: fc.constant('listItem'), model, list, item }),
    cell: fc.record({
      kind: fc.constant('cell'),
      model,
      module: idFrom(p.modules).map(id.module),
      lineItem: idFrom(p.lineItems).map(id.lineItem),
      version: idFrom(p.versions).map(id.version),
      items: fc.dictionary(idFrom(p.lists), item, { maxKeys: 3 }),
    }),
    modelAction: fc.record({ kind: fc.constant('modelAction'), model, action: idFrom(p.actions).map(id.modelAction) }),
    cloudworksConnection: fc.record({ kind: fc.constant('cloudworksConnection'), id: connection }),
    integration: fc.record({ kind: fc.constant('integration'), id: idFrom(p.integrations).map(id.integration) }),
    workplace: fc.constant({ kind: 'workplace' }),
    workplaceConnection: fc.record({ kind: fc.constant('workplaceConnection'), id: connection }),
    project: fc.record({ kind: fc.constant('project'), id: idFrom(['p1']).map(id.project) }),
    account: fc.record({ kind: fc.constant('account'), workspace: idFrom(p.workspaces).map(id.workspace) }, { requiredKeys: ['kind'] }),
  }
}

/** A subject: a user (with or without a session), the Internal (Full Access) alias, or the scheduler. */
const subjectFrom = (users: readonly string[]): fc.Arbitrary<Subject> =>
  fc.oneof(
    { weight: 6, arbitrary: idFrom(users).map((u): Subject => ({ kind: 'user', id: id.user(u) })) },
    // Plain objects, as the codec decodes them: the decision echoes the subject as its actor, and a
    // null-prototype record (fast-check's default now and then) would not equal its JSON round trip.
    fc.record(
      { kind: fc.constant('user' as const), id: idFrom(users).map(id.user), session: fc.record({ issuedAt: fc.nat() }, { noNullPrototype: true }) },
      { noNullPrototype: true },
    ),
    fc.constant<Subject>({ kind: 'internalAlias' }),
    fc.constant<Subject>({ kind: 'scheduler' }),
  )

/** A question: subject, action, and (mostly) a resource of a kind the action applies to. */
export interface Question {
  readonly subject: Subject
  readonly action: Action
  readonly resource: Resource
}

/** Questions about a world with the given id pools. Most resources fit their action; some do not. */
export const questionFrom = (pools: IdPools): fc.Arbitrary<Question> => {
  const actions = actionArbitraries(pools)
  const resources = resourceArbitraries(pools)
  const kinds = Object.keys(resources) as ResourceKind[]
  const types = Object.keys(actions) as ActionType[]
  return fc.constantFrom(...types).chain((type) => {
    const fitting = actionSpecs[type].resources
    const kind = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fitting) }, fc.constantFrom(...kinds))
    return fc.record({
      subject: subjectFrom(pools.users),
      action: actions[type] as fc.Arbitrary<Action>,
      resource: kind.chain((k) => resources[k] as fc.Arbitrary<Resource>),
    })
  })
}
