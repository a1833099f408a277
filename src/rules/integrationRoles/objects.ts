import type { CloudworksConnectionResource, IntegrationResource } from '../../domain/resource.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { RequestOf, Rule } from '../../rule/rule.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'
import { tenantOf, unknownId } from '../shared/lookups.js'
import { caps, integrationRoleOf, scopeVerdicts, type ScopedObject } from './roles.js'
import { scheduledIdentity } from './scheduled-identity.js'
import { requester } from './subjects.js'

/**
 * A CloudWorks connection or integration as a scoped object, or undefined when the world lacks it.
 *
 * @example
 * ```ts
 * scopedObject(tenant, resource.integration(id.integration('nightly')))
 * ```
 */
export const scopedObject = (
  tenant: TenantSnapshot,
  target: CloudworksConnectionResource | IntegrationResource,
): ScopedObject | undefined => {
  const record = target.kind === 'integration' ? tenant.integrations.get(target.id) : tenant.connections.get(target.id)
  const object = target.kind === 'integration' ? 'integration' : 'connection'
  return record === undefined ? undefined : { object, id: record.id, workspace: record.workspace, restricted: record.restricted }
}

/**
 * `cloudworks.create`: an IA creates non-restricted objects in any workspace (F18, A44); an RIU creates
 * restricted objects in assigned workspaces they belong to (R18, F25, I26, A30). An allowed creation of
 * an integration warns who its scheduled runs will act as (`integration_roles.scheduled_runs_as`).
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.create': create })
 * ```
 */
export const create: Rule<'cloudworks.create'> = (request, context) => {
  const tenant = tenantOf(context.world)
  if (tenant === undefined || request.resource.kind !== 'workspace') return unknownId('tenant', 'tenant')
  const workspace = request.resource.id
  if (!tenant.workspaces.has(workspace)) return unknownId('workspace', workspace)
  const who = requester(tenant, request.subject, request.action.type)
  if ('denied' in who) return who.denied
  const role = integrationRoleOf(who.user)
  const created: ScopedObject = { object: request.action.object, id: '(new)', workspace, restricted: role === 'restrictedIntegrationUser' }
  const verdicts = scopeVerdicts(tenant, who.user, created, 'subject')
  return created.object === 'integration' && caps(verdicts).length === 0 ? verdict.concat(verdicts, scheduledIdentity(undefined, created.restricted)) : verdicts
}

/**
 * `cloudworks.manage`: read, update or delete within the user's partition and scope (F21, F22, I26, I27).
 * Managing an integration within scope warns who its scheduled runs will act as.
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.manage': manage })
 * ```
 */
export const manage: Rule<'cloudworks.manage'> = (request, context) => {
  const verdicts = manageVerdicts(request, context.world.tenant)
  const integration = request.resource.kind === 'integration' ? context.world.tenant?.integrations.get(request.resource.id) : undefined
  return integration !== undefined && caps(verdicts).length === 0 ? verdict.concat(verdicts, scheduledIdentity(integration, integration.restricted)) : verdicts
}

/**
 * The verdicts of managing an object, shared by `cloudworks.manage` and the manual trigger of a run.
 *
 * @example
 * ```ts
 * const trigger = manageVerdicts(request, context.world.tenant)
 * ```
 */
export const manageVerdicts = (
  request: RequestOf<'cloudworks.manage' | 'cloudworks.run'>,
  tenant: TenantSnapshot | undefined,
): Verdicts => {
  if (tenant === undefined) return unknownId('tenant', 'tenant')
  const target = request.resource
  if (target.kind !== 'integration' && target.kind !== 'cloudworksConnection') return verdict.skip
  const object = scopedObject(tenant, target)
  if (object === undefined) return unknownId(target.kind, target.id)
  const who = requester(tenant, request.subject, request.action.type)
  return 'denied' in who ? who.denied : scopeVerdicts(tenant, who.user, object, 'subject')
}
