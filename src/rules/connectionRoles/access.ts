import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Request } from '../../domain/request.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import { unknownId } from '../shared/lookups.js'
import { effectiveRoleOf, workplaceUser } from './effective.js'
import { manageSyncsGrants } from './projects.js'

/**
 * `connection.view` and `connection.manage`: the effective connection role (R43, R45); the action's spec
 * requires viewer or admin.
 *
 * @example
 * ```ts
 * connectionAccess({ subject, action: { type: 'connection.view' }, resource: resource.workplaceConnection(id.connection('aws')), actor: subject }, context)
 * ```
 */
export const connectionAccess = (request: Request, context: RuleContext): Verdicts => {
  const found = workplaceUser(request, context.world.workplace)
  if (!('user' in found)) return found
  if (request.resource.kind !== 'workplaceConnection') return verdict.skip
  const connection = found.workplace.connections.get(request.resource.id)
  return connection === undefined ? unknownId('connection', request.resource.id) : effectiveRoleOf(context, found.user, connection).verdicts
}

/**
 * `connection.createSync`: consumer or higher on the connection **and** Manage Syncs on the project (I36,
 * A9); missing the project permission caps the decision at none.
 *
 * @example
 * ```ts
 * createSync({ subject, action: { type: 'connection.createSync', project: id.project('backend') }, resource, actor: subject }, context)
 * ```
 */
export const createSync: Rule<'connection.createSync'> = (request, context) => {
  const found = workplaceUser(request, context.world.workplace)
  if (!('user' in found)) return found
  if (request.resource.kind !== 'workplaceConnection') return verdict.skip
  const connection = found.workplace.connections.get(request.resource.id)
  if (connection === undefined) return unknownId('connection', request.resource.id)
  const project = found.workplace.projects.get(request.action.project)
  if (project === undefined) return unknownId('project', request.action.project)
  const onProject: Verdicts =
    manageSyncsGrants(found.user, project).length > 0 ? verdict.skip : verdict.cap(0, reason('connection_roles.no_manage_syncs', { project: project.id }))
  return verdict.concat(effectiveRoleOf(context, found.user, connection).verdicts, onProject)
}

/**
 * `project.manageSyncs`: Manage Syncs on the project from any role that applies (R44, F61, I38).
 *
 * @example
 * ```ts
 * manageSyncs({ subject, action: { type: 'project.manageSyncs' }, resource: resource.project(id.project('backend')), actor: subject }, context)
 * ```
 */
export const manageSyncs: Rule<'project.manageSyncs'> = (request, context) => {
  const found = workplaceUser(request, context.world.workplace)
  if (!('user' in found)) return found
  if (request.resource.kind !== 'project') return verdict.skip
  const project = found.workplace.projects.get(request.resource.id)
  return project === undefined ? unknownId('project', request.resource.id) : manageSyncsGrants(found.user, project)
}

/**
 * `workplace.createConnection`: the workplace permission "Create Integration Connections" (R40, R41).
 *
 * @example
 * ```ts
 * createConnection({ subject, action: { type: 'workplace.createConnection' }, resource: resource.workplace, actor: subject }, context)
 * ```
 */
export const createConnection: Rule<'workplace.createConnection'> = (request, context) => {
  const found = workplaceUser(request, context.world.workplace)
  if (!('user' in found)) return found
  return found.user.role.permissions.has('createConnections')
    ? verdict.grant(1, reason('connection_roles.may_create_connections', { role: found.user.role.id }))
    : verdict.skip
}
