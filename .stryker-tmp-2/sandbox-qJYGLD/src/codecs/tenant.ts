// @ts-nocheck
import * as t from 'io-ts'
import type { EndpointInput, TenantInput } from '../snapshot/input/tenant.js'
import { plainAdminRoles } from './admin-roles.js'
import { fastCodec, fastDecoderOf, fullOnly, rejected, type Mode } from './fast.js'
import { withSchema } from './json-schema.js'
import { accessC, base64C, grantedAccessC, idC, listOf, oneOf, recordOf } from './primitives.js'
import { struct } from './struct.js'

const plainAdminRoleC = oneOf('administration role', plainAdminRoles)

const userC = struct(
  'user',
  { id: idC, kind: oneOf('user kind', ['internal', 'visiting']) },
  { email: t.string, enabled: t.boolean, roles: listOf(plainAdminRoleC), restrictedIntegrationWorkspaces: listOf(idC) },
)

const workspaceC = struct(
  'workspace',
  { id: idC },
  { members: listOf(struct('member', { user: idC }, { admin: t.boolean, ssoException: t.boolean })) },
)

const roleC = struct(
  'role',
  { id: idC },
  { modules: recordOf('module permissions', accessC), versions: recordOf('version permissions', accessC), lists: listOf(idC), actions: listOf(idC) },
)

const listC = struct(
  'list',
  { id: idC },
  { parent: idC, selectiveAccess: t.boolean, items: listOf(struct('item', { id: idC }, { parent: idC })) },
)

const moduleC = struct(
  'module',
  { id: idC },
  { lists: listOf(idC), lineItems: listOf(struct('line item', { id: idC }, { readDriver: idC, writeDriver: idC })) },
)

const driverC = struct(
  'driver',
  { id: idC },
  {
    dimensions: listOf(idC),
    values: listOf(struct('driver value', { value: t.boolean }, { items: recordOf('driver coordinates', idC), user: idC })),
    default: t.boolean,
    bitmap: base64C,
  },
)

const endpointKinds = {
  file: struct('file endpoint', { file: t.literal(true) }),
  module: struct('module endpoint', { module: idC }, { model: idC }),
  list: struct('list endpoint', { list: idC }, { model: idC }),
} as const

const endpointKind = (u: unknown): keyof typeof endpointKinds | undefined =>
  typeof u === 'object' && u !== null ? (['file', 'module', 'list'] as const).find((k) => Object.hasOwn(u, k)) : undefined

const fastEndpointKinds = {
  file: fastDecoderOf(endpointKinds.file),
  module: fastDecoderOf(endpointKinds.module),
  list: fastDecoderOf(endpointKinds.list),
} as const

const fastEndpoint = (u: unknown, mode: Mode): EndpointInput | typeof rejected => {
  const kind = endpointKind(u)
  return kind === undefined ? rejected : (fastEndpointKinds[kind](u, mode) as EndpointInput | typeof rejected)
}

/** An endpoint, told apart by which of `file`, `module` or `list` it carries. */
const endpointC = withSchema(
  fastCodec<EndpointInput, EndpointInput>(
    'endpoint',
    fastEndpoint,
    (u, c) => {
      const kind = endpointKind(u)
      return kind === undefined ? t.failure(u, c, 'expected an endpoint with file, module or list') : fullOnly(endpointKinds[kind]).validate(u, c)
    },
    t.identity,
  ),
  (schemaOf) => ({ anyOf: Object.values(endpointKinds).map(schemaOf) }),
)

const modelActionC = struct(
  'model action',
  { id: idC, kind: oneOf('model action kind', ['import', 'export', 'process', 'orderList', 'updateCurrentPeriod']) },
  {
    visibility: oneOf('visibility', ['everyone', 'private', 'workspaceAdmins']),
    createdBy: idC,
    source: endpointC,
    target: endpointC,
    steps: listOf(idC),
  },
)

const grantFields = { list: idC, item: idC, level: grantedAccessC }

const modelC = struct(
  'model',
  { id: idC, workspace: idC },
  {
    roles: listOf(roleC),
    assignments: listOf(struct('assignment', { user: idC, role: idC })),
    lists: listOf(listC),
    versions: listOf(struct('version', { id: idC })),
    modules: listOf(moduleC),
    drivers: listOf(driverC),
    actions: listOf(modelActionC),
    selectiveAccess: listOf(struct('selective access grant', { user: idC, ...grantFields })),
    internalAlias: struct('internal alias', {}, { selectiveAccess: listOf(struct('alias grant', grantFields)) }),
  },
)

const connectionC = struct('connection', { id: idC, workspace: idC, restricted: t.boolean, createdBy: idC })

const integrationC = struct(
  'integration',
  { id: idC, workspace: idC, restricted: t.boolean, createdBy: idC },
  { lastRunBy: idC, runAs: idC, connection: idC, steps: listOf(struct('step', { model: idC, action: idC })) },
)

const tenantFields = struct(
  'tenant',
  { users: listOf(userC), workspaces: listOf(workspaceC), models: listOf(modelC) },
  {
    switches: struct('switches', {}, { userManagement: t.boolean, exceptionUsers: t.boolean }),
    auditLicensed: t.boolean,
    connections: listOf(connectionC),
    integrations: listOf(integrationC),
  },
)

/** The type the tenant codec decodes to, as inferred from its fields; the type tests check it equals {@link TenantInput}. */
export type DecodedTenant = t.TypeOf<typeof tenantFields>

/**
 * The planning tenant on the wire.
 *
 * @example
 * ```ts
 * tenantC.decode({ users: [{ id: 'ana', kind: 'internal' }], workspaces: [], models: [] })._tag // 'Right'
 * ```
 */
export const tenantC: t.Type<TenantInput, TenantInput> = tenantFields
