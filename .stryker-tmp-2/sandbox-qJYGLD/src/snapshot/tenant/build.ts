// @ts-nocheck
import type { ConnectionId, IntegrationId, ModelActionId, ModelId, UserId, WorkspaceId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { CloudworksConnectionInput, IntegrationInput, ModelInput, TenantInput, UserInput, WorkspaceInput } from '../input/tenant.js'
import { buildModel } from './model.js'
import { checkEndpoints } from './model-actions.js'
import type {
  CloudworksConnectionRecord,
  Endpoint,
  IntegrationRecord,
  Membership,
  ModelRecord,
  TenantSnapshot,
  UserRecord,
  WorkspaceRecord,
} from './types.js'

/** Compiles the planning tenant, reporting every integrity error under `path`. */
export const buildTenant = (input: TenantInput, path: string, problems: Problems): TenantSnapshot => {
  const workspaceIds = new Set(input.workspaces.map((workspace) => workspace.id))
  const users = indexById<UserId, UserInput, UserRecord>(input.users, `${path}.users`, problems, (user, index) =>
    buildUser(user, () => `${path}.users[${index}]`, workspaceIds, problems),
  )
  const models = indexById<ModelId, ModelInput, ModelRecord>(input.models, `${path}.models`, problems, (model, index) =>
    buildModel(model, `${path}.models[${index}]`, users, workspaceMap(workspaceIds), problems),
  )
  input.models.forEach((model, index) =>
    checkEndpoints(model.actions ?? [], `${path}.models[${index}].actions`, endpointProblem(models), model.id as ModelId, problems),
  )
  const modelsByWorkspace = groupBy([...models.values()], (model) => model.workspace, (model) => model.id)
  const workspaces = indexById<WorkspaceId, WorkspaceInput, WorkspaceRecord>(input.workspaces, `${path}.workspaces`, problems, (ws, index) => ({
    id: ws.id as WorkspaceId,
    members: members(ws, `${path}.workspaces[${index}].members`, users, problems),
    models: modelsByWorkspace.get(ws.id as WorkspaceId) ?? [],
  }))
  const connections = indexById<ConnectionId, CloudworksConnectionInput, CloudworksConnectionRecord>(
    input.connections ?? [],
    `${path}.connections`,
    problems,
    (connection, index) => {
      const at = `${path}.connections[${index}]`
      checkRef(workspaces, connection.workspace, `${at}.workspace`, 'workspace', problems)
      checkRef(users, connection.createdBy, `${at}.createdBy`, 'user', problems)
      return { ...connection, id: connection.id as ConnectionId, workspace: connection.workspace as WorkspaceId, createdBy: connection.createdBy as UserId }
    },
  )
  const integrations = indexById<IntegrationId, IntegrationInput, IntegrationRecord>(
    input.integrations ?? [],
    `${path}.integrations`,
    problems,
    (integration, index) => buildIntegration(integration, `${path}.integrations[${index}]`, { users, workspaces, models, connections }, problems),
  )
  return {
    switches: { userManagement: input.switches?.userManagement ?? false, exceptionUsers: input.switches?.exceptionUsers ?? false },
    auditLicensed: input.auditLicensed ?? false,
    users,
    tenantAdmins: new Set([...users.values()].filter((user) => user.roles.has('tenantAdmin')).map((user) => user.id)),
    workspaces,
    models,
    connections,
    integrations,
  }
}

/** Values grouped by key, in order. */
const groupBy = <T, K, V>(values: readonly T[], key: (value: T) => K, value: (value: T) => V): ReadonlyMap<K, readonly V[]> => {
  const groups = new Map<K, V[]>()
  for (const each of values) {
    const group = groups.get(key(each))
    if (group === undefined) groups.set(key(each), [value(each)])
    else group.push(value(each))
  }
  return groups
}

const workspaceMap = (ids: ReadonlySet<string>): ReadonlyMap<WorkspaceId, true> => new Map([...ids].map((id) => [id as WorkspaceId, true]))

/** One shared empty set: most users hold no administration role, and a world may have 100,000 users. */
const noValues: ReadonlySet<never> = new Set<never>()

const setOrNone = <T>(values: readonly T[]): ReadonlySet<T> => (values.length === 0 ? noValues : new Set(values))

/** The four possible memberships, shared by every member (they are compared by value only). */
const memberships: readonly Membership[] = [false, true].flatMap((admin) => [false, true].map((ssoException) => ({ admin, ssoException })))

const membership = (admin: boolean, ssoException: boolean): Membership =>
  memberships.find((m) => m.admin === admin && m.ssoException === ssoException) ?? { admin, ssoException }

/** One shared empty list, for the users (most of them) without roles or RIU workspaces. */
const none: readonly never[] = []

const buildUser = (user: UserInput, at: () => string, workspaceIds: ReadonlySet<string>, problems: Problems): UserRecord => {
  const riu = user.restrictedIntegrationWorkspaces
  const roles = user.roles ?? none
  if (riu !== undefined && riu.length === 0)
    problems.report('invalid_value', `${at()}.restrictedIntegrationWorkspaces`, 'a restricted integration user needs at least one workspace (R3, I18)')
  if (user.kind === 'visiting') {
    const integrationRoles = [...(riu === undefined ? [] : ['restrictedIntegrationUser']), ...roles.filter((r) => r === 'integrationAdmin')]
    if (integrationRoles.length > 0)
      problems.report('invalid_value', `${at()}.kind`, `${integrationRoles.join(' and ')} are for internal users only (F17, A22)`)
  }
  return {
    id: user.id as UserId,
    kind: user.kind,
    email: user.email,
    enabled: user.enabled ?? true,
    roles: setOrNone(roles),
    riuWorkspaces:
      riu === undefined
        ? noValues
        : setOrNone(riu.filter((ws, i) => checkRef(workspaceIds, ws, `${at()}.restrictedIntegrationWorkspaces[${i}]`, 'workspace', problems)) as WorkspaceId[]),
  }
}

const members = (
  ws: WorkspaceInput,
  path: string,
  users: ReadonlyMap<UserId, UserRecord>,
  problems: Problems,
): ReadonlyMap<UserId, Membership> => {
  const result = new Map<UserId, Membership>()
  ;(ws.members ?? []).forEach((member, index) => {
    if (!users.has(member.user as UserId) && !dangling(member.user, `${path}[${index}].user`, 'user', problems)) return
    if (result.has(member.user as UserId)) problems.report('duplicate_id', `${path}[${index}].user`, `user '${member.user}' is listed twice`)
    else result.set(member.user as UserId, membership(member.admin ?? false, member.ssoException ?? false))
  })
  return result
}

const endpointProblem =
  (models: ReadonlyMap<ModelId, ModelRecord>) =>
  (endpoint: Endpoint): string | undefined => {
    if (endpoint.kind === 'file') return undefined
    const model = models.get(endpoint.model)
    if (model === undefined) return `unknown model '${endpoint.model}'`
    if (endpoint.kind === 'module') return model.modules.has(endpoint.module) ? undefined : `unknown module '${endpoint.module}'`
    return model.lists.has(endpoint.list) ? undefined : `unknown list '${endpoint.list}'`
  }

interface Known {
  readonly users: ReadonlyMap<UserId, UserRecord>
  readonly workspaces: ReadonlyMap<WorkspaceId, WorkspaceRecord>
  readonly models: ReadonlyMap<ModelId, ModelRecord>
  readonly connections: ReadonlyMap<ConnectionId, CloudworksConnectionRecord>
}

const buildIntegration = (integration: IntegrationInput, at: string, known: Known, problems: Problems): IntegrationRecord => {
  checkRef(known.workspaces, integration.workspace, `${at}.workspace`, 'workspace', problems)
  checkRef(known.users, integration.createdBy, `${at}.createdBy`, 'user', problems)
  const user = (field: 'lastRunBy' | 'runAs'): UserId | undefined => {
    const value = integration[field]
    return value !== undefined && checkRef(known.users, value, `${at}.${field}`, 'user', problems) ? (value as UserId) : undefined
  }
  const connection =
    integration.connection !== undefined && checkRef(known.connections, integration.connection, `${at}.connection`, 'connection', problems)
      ? (integration.connection as ConnectionId)
      : undefined
  const steps = (integration.steps ?? []).filter((step, i) => {
    const model = known.models.get(step.model as ModelId)
    return (
      checkRef(known.models, step.model, `${at}.steps[${i}].model`, 'model', problems) &&
      model !== undefined &&
      checkRef(model.actions, step.action, `${at}.steps[${i}].action`, `action of model '${step.model}'`, problems)
    )
  })
  return {
    id: integration.id as IntegrationId,
    workspace: integration.workspace as WorkspaceId,
    restricted: integration.restricted,
    createdBy: integration.createdBy as UserId,
    lastRunBy: user('lastRunBy'),
    runAs: user('runAs'),
    connection,
    steps: steps.map((step) => ({ model: step.model as ModelId, action: step.action as ModelActionId })),
  }
}
