import * as t from 'io-ts'
import type { EndpointInput, TenantInput } from '../snapshot/input/tenant.js'
import { plainAdminRoles } from './admin-roles.js'
import { fastCodec, fastDecoderOf, fullOnly, rejected, type Mode } from './fast.js'
import { withSchema } from './json-schema.js'
import { accessC, base64C, grantedAccessC, idC, listOf, oneOf, recordOf } from './primitives.js'
import { quickAssignment, quickDriverValue, quickGrant, quickGrantShape, quickItem, quickMember, quickUser } from './quick-checks.js'
import { struct } from './struct.js'

const plainAdminRoleC = oneOf('administration role', plainAdminRoles)

/**
 * A tenant user; a tenant may have a hundred thousand ({@link quickUser}).
 *
 * @example
 * ```ts
 * userC.is({ id: 'ana', kind: 'internal' }) // true
 * ```
 */
export const userC = struct(
  'user',
  { id: idC, kind: oneOf('user kind', ['internal', 'visiting']) },
  { email: t.string, enabled: t.boolean, roles: listOf(plainAdminRoleC), restrictedIntegrationWorkspaces: listOf(idC) },
  quickUser,
)

/**
 * A workspace member ({@link quickMember}).
 *
 * @example
 * ```ts
 * memberC.is({ user: 'ana' }) // true
 * ```
 */
export const memberC = struct('member', { user: idC }, { admin: t.boolean, ssoException: t.boolean }, quickMember)

const workspaceC = struct('workspace', { id: idC }, { members: listOf(memberC) })

const roleC = struct(
  'role',
  { id: idC },
  { modules: recordOf('module permissions', accessC), versions: recordOf('version permissions', accessC), lists: listOf(idC), actions: listOf(idC) },
)

/**
 * A list item; a world may hold a million, so its check in place is hand-written ({@link quickItem}).
 *
 * @example
 * ```ts
 * itemC.is({ id: 'emea' }) // true
 * ```
 */
export const itemC = struct('item', { id: idC }, { parent: idC }, quickItem)

const listC = struct('list', { id: idC }, { parent: idC, selectiveAccess: t.boolean, items: listOf(itemC) })

const moduleC = struct(
  'module',
  { id: idC },
  { lists: listOf(idC), lineItems: listOf(struct('line item', { id: idC }, { readDriver: idC, writeDriver: idC })) },
)

/**
 * One value of a driver; a driver over lists may be given millions ({@link quickDriverValue}).
 *
 * @example
 * ```ts
 * driverValueC.is({ items: { region: 'emea' }, value: true }) // true
 * ```
 */
export const driverValueC = struct('driver value', { value: t.boolean }, { items: recordOf('driver coordinates', idC), user: idC }, quickDriverValue)

const driverC = struct(
  'driver',
  { id: idC },
  {
    dimensions: listOf(idC),
    values: listOf(driverValueC),
    default: t.boolean,
    bitmap: base64C,
    lineItem: struct('driver line item', { module: idC, lineItem: idC, version: idC }),
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

/**
 * A model role assignment ({@link quickAssignment}).
 *
 * @example
 * ```ts
 * assignmentC.is({ user: 'ana', role: 'planner' }) // true
 * ```
 */
export const assignmentC = struct('assignment', { user: idC, role: idC }, {}, quickAssignment)

const grantFields = { list: idC, item: idC, level: grantedAccessC }

/**
 * A user's selective-access grant; a model may hold a million ({@link quickGrant}).
 *
 * @example
 * ```ts
 * grantC.is({ user: 'ana', list: 'regions', item: 'emea', level: 'read' }) // true
 * ```
 */
export const grantC = struct('selective access grant', { user: idC, ...grantFields }, {}, quickGrant)

/**
 * The same grant as `compile` checks it in place ({@link quickGrantShape}): its ids are left to the
 * build, which looks each up among the compiled records anyway and tells a value that is not an id
 * from an unknown id only when the lookup fails.
 */
const grantShapeC = struct('selective access grant', { user: idC, ...grantFields }, {}, quickGrantShape)

const modelOf = (grant: typeof grantC) =>
  struct(
    'model',
    { id: idC, workspace: idC },
    {
      roles: listOf(roleC),
      assignments: listOf(assignmentC),
      lists: listOf(listC),
      versions: listOf(struct('version', { id: idC })),
      modules: listOf(moduleC),
      drivers: listOf(driverC),
      actions: listOf(modelActionC),
      selectiveAccess: listOf(grant),
      internalAlias: struct('internal alias', {}, { selectiveAccess: listOf(struct('alias grant', grantFields)) }),
    },
  )

const connectionC = struct('connection', { id: idC, workspace: idC, restricted: t.boolean, createdBy: idC })

const integrationC = struct(
  'integration',
  { id: idC, workspace: idC, restricted: t.boolean, createdBy: idC },
  { lastRunBy: idC, runAs: idC, connection: idC, steps: listOf(struct('step', { model: idC, action: idC }, { runAs: idC })) },
)

const tenantOf = (grant: typeof grantC) =>
  struct(
    'tenant',
    { users: listOf(userC), workspaces: listOf(workspaceC), models: listOf(modelOf(grant)) },
    {
      switches: struct('switches', {}, { userManagement: t.boolean, exceptionUsers: t.boolean }),
      auditLicensed: t.boolean,
      connections: listOf(connectionC),
      integrations: listOf(integrationC),
    },
  )

const tenantFields = tenantOf(grantC)

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

/**
 * The tenant as `compile` checks it in place: {@link tenantC}, except that the ids of the models'
 * selective-access grants are left to the build (`userGrants` reports one that is not an id as
 * `invalid_input`, and `compile` then reports the full decoder's errors, as for any invalid input).
 * Its full decoder, and so every error report, is {@link tenantC}'s.
 *
 * @example
 * ```ts
 * checkValid(compileTenantC, tenant) // a grant's item may still be 5 here
 * ```
 */
export const compileTenantC: t.Type<TenantInput, TenantInput> = tenantOf(grantShapeC)
