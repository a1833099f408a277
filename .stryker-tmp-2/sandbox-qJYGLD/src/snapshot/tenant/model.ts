// @ts-nocheck
import type { ModelId, RoleId, UserId, VersionId, WorkspaceId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, dangling, indexById } from '../index-by-id.js'
import type { ModelInput } from '../input/tenant.js'
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
  const actions = buildModelActions(input.actions ?? [], `${path}.actions`, model, users, problems)
  const roles = buildRoles(input.roles ?? [], `${path}.roles`, { modules, versions, lists, actions }, problems)
  const assignments = new Map<UserId, RoleId>()
  ;(input.assignments ?? []).forEach((assignment, index) => {
    const at = (): string => `${path}.assignments[${index}]`
    const userOk = users.has(assignment.user as UserId) || dangling(assignment.user, `${at()}.user`, 'user', problems)
    const roleOk = roles.has(assignment.role as RoleId) || dangling(assignment.role, `${at()}.role`, 'role', problems)
    if (assignments.has(assignment.user as UserId))
      problems.report('duplicate_id', `${at()}.user`, `user '${assignment.user}' already has a role in this model (F34)`)
    else if (userOk && roleOk) assignments.set(assignment.user as UserId, assignment.role as RoleId)
  })
  return {
    id: model,
    workspace: input.workspace as WorkspaceId,
    roles,
    hasCustomRoles: roles.size > 2,
    assignments,
    lists,
    versions,
    modules,
    drivers,
    actions,
    selectiveAccess: userGrants(input.selectiveAccess ?? [], `${path}.selectiveAccess`, lists, users, problems),
    internalAlias: aliasGrants(input.internalAlias, `${path}.internalAlias`, lists, problems),
  }
}
