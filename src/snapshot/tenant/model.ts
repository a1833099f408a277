import type { ModelId, RoleId, UserId, VersionId, WorkspaceId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { AssignmentInput, ModelInput } from '../input/tenant.js'
import { checkDriverLineItems } from './driver-line-items.js'
import { buildDrivers } from './drivers.js'
import { buildLists } from './lists.js'
import { buildModelActions } from './model-actions.js'
import { buildModules } from './modules.js'
import { buildRoles } from './roles.js'
import { aliasGrants, userGrants } from './selective-access.js'
import type { ModelRecord, UserRecord } from './types.js'

/** Compiles one model, reporting every integrity error under `path`. */
export const buildModel = (
  input: ModelInput,
  path: string,
  users: ReadonlyMap<UserId, UserRecord>,
  workspaces: ReadonlyMap<WorkspaceId, unknown>,
  problems: Problems,
): ModelRecord => {
  checkRef(workspaces, input.workspace, `${path}.workspace`, 'workspace', problems)
  const model = input.id as ModelId
  const lists = buildLists(input.lists ?? [], `${path}.lists`, problems)
  const versions = new Set(indexById<VersionId, { id: string }, true>(input.versions ?? [], `${path}.versions`, problems, () => true).keys())
  const drivers = buildDrivers(input.drivers ?? [], `${path}.drivers`, lists, users, problems)
  const modules = buildModules(input.modules ?? [], `${path}.modules`, lists, drivers, problems)
  checkDriverLineItems(input.drivers ?? [], `${path}.drivers`, drivers, modules, versions, problems)
  const actions = buildModelActions(input.actions ?? [], `${path}.actions`, model, users, problems)
  const roles = buildRoles(input.roles ?? [], `${path}.roles`, { modules, versions, lists, actions }, problems)
  return {
    id: model,
    workspace: input.workspace as WorkspaceId,
    roles,
    hasCustomRoles: roles.size > 2,
    assignments: roleAssignments(input.assignments ?? [], `${path}.assignments`, users, roles, problems),
    lists,
    versions,
    modules,
    drivers,
    actions,
    selectiveAccess: userGrants(input.selectiveAccess ?? [], `${path}.selectiveAccess`, lists, users, problems),
    internalAlias: aliasGrants(input.internalAlias, `${path}.internalAlias`, lists, problems),
  }
}

/**
 * The model's role assignments by user (F34): a dangling user or role, or a second role for a user,
 * is reported; a loop that spells a path only when it reports it (a model may assign 100,000 users).
 */
const roleAssignments = (
  inputs: readonly AssignmentInput[],
  path: string,
  users: ReadonlyMap<UserId, UserRecord>,
  roles: ReadonlyMap<RoleId, unknown>,
  problems: Problems,
): ReadonlyMap<UserId, RoleId> => {
  const assignments = new Map<UserId, RoleId>()
  for (let index = 0; index < inputs.length; index++) {
    const assignment = inputs[index]
    if (assignment === undefined) continue
    const user = assignment.user as UserId
    const userOk = users.has(user) || dangling(assignment.user, `${path}[${index}].user`, 'user', problems)
    const roleOk = roles.has(assignment.role as RoleId) || dangling(assignment.role, `${path}[${index}].role`, 'role', problems)
    if (assignments.has(user)) problems.report('duplicate_id', `${path}[${index}].user`, `user '${assignment.user}' already has a role in this model (F34)`)
    else if (userOk && roleOk) assignments.set(user, assignment.role as RoleId)
  }
  return assignments
}
