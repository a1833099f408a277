// @ts-nocheck
import { id, type WorkspaceId } from '../../domain/ids.js'
import type { Resource } from '../../domain/resource.js'
import type { Subject } from '../../domain/subject.js'
import { integrationRoleOf } from '../../rules/integrationRoles/roles.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import type { CloudworksCreateCommand } from '../command.js'
import { changed, refuse, type Effect } from './effect.js'

/** The first step naming a model or an action of it the tenant does not hold, as a refusal. */
const badStep = (tenant: TenantSnapshot, steps: NonNullable<CloudworksCreateCommand['creates']['steps']>): Effect | undefined => {
  for (const [index, step] of steps.entries()) {
    const model = tenant.models.get(step.model)
    if (model === undefined) return refuse(`creates.steps[${index}].model`, `unknown model '${step.model}'`)
    if (!model.actions.has(step.action)) return refuse(`creates.steps[${index}].action`, `unknown action '${step.action}' of model '${step.model}'`)
  }
  return undefined
}

const integration = (tenant: TenantSnapshot, creator: UserRecord, workspace: WorkspaceId, restricted: boolean, command: CloudworksCreateCommand): Effect => {
  const { creates } = command
  const integrationId = id.integration(creates.id)
  if (tenant.integrations.has(integrationId)) return refuse('creates.id', `integration '${creates.id}' already exists`)
  if (creates.connection !== undefined && !tenant.connections.has(creates.connection))
    return refuse('creates.connection', `unknown connection '${creates.connection}'`)
  const steps = creates.steps ?? []
  const bad = badStep(tenant, steps)
  if (bad !== undefined) return bad
  const record = { id: integrationId, workspace, restricted, createdBy: creator.id, lastRunBy: undefined, runAs: undefined, connection: creates.connection, steps }
  return changed({ ...tenant, integrations: withEntry(tenant.integrations, integrationId, record) })
}

const connection = (tenant: TenantSnapshot, creator: UserRecord, workspace: WorkspaceId, restricted: boolean, command: CloudworksCreateCommand): Effect => {
  const { creates } = command
  if (creates.connection !== undefined) return refuse('creates.connection', 'a connection names no connection')
  if (creates.steps !== undefined) return refuse('creates.steps', 'a connection has no steps')
  const connectionId = id.connection(creates.id)
  if (tenant.connections.has(connectionId)) return refuse('creates.id', `connection '${creates.id}' already exists`)
  const record = { id: connectionId, workspace, restricted, createdBy: creator.id }
  return changed({ ...tenant, connections: withEntry(tenant.connections, connectionId, record) })
}

/**
 * `cloudworks.create` (R18, F18, F21, A30, A44): the connection or integration the command names, in
 * the workspace the resource names, created by the actor. It is restricted exactly when the creator
 * counts as a restricted integration user (a holder of both roles counts as an integration
 * administrator, F20, A46), as the integrationRoles module decided. An id already taken, or a
 * connection or step the tenant does not hold, is refused with `commands.integrity`.
 *
 * @example
 * ```ts
 * createCloudworksObject(tenant, command) // command.creates: { id: 'nightly', steps: [{ model: fp, action: load }] }
 * ```
 */
export const createCloudworksObject = (tenant: TenantSnapshot, command: CloudworksCreateCommand): Effect => {
  const target: Resource = command.resource
  if (target.kind !== 'workspace' || !tenant.workspaces.has(target.id)) return refuse('resource', 'not a workspace of the tenant')
  const creator = creatorOf(tenant, command.actor)
  if (creator === undefined) return refuse('actor', 'only a user of the tenant creates CloudWorks objects')
  const restricted = integrationRoleOf(creator) === 'restrictedIntegrationUser'
  return command.action.object === 'integration'
    ? integration(tenant, creator, target.id, restricted, command)
    : connection(tenant, creator, target.id, restricted, command)
}

const creatorOf = (tenant: TenantSnapshot, actor: Subject): UserRecord | undefined => (actor.kind === 'user' ? tenant.users.get(actor.id) : undefined)
