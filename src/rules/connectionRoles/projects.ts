import type { ProjectId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { ProjectRecord, WorkplaceUserRecord } from '../../snapshot/workplace/types.js'
import { isProjectAdminWorkplaceRole } from './tables.js'

/**
 * The grants of Manage Syncs on a project (R44): workplace Owners and Admins as project Admins everywhere
 * (F61, I38), and every project role with Manage Syncs held by the user or by any of their groups (the
 * union, F62, F63). Empty when the user may not manage syncs there.
 *
 * @example
 * ```ts
 * manageSyncsGrants(user, project).length > 0 // may manage syncs
 * ```
 */
export const manageSyncsGrants = (user: WorkplaceUserRecord, project: ProjectRecord): Verdicts => {
  const projectId: ProjectId = project.id
  const asWorkplaceAdmin =
    user.role.builtIn && isProjectAdminWorkplaceRole(user.role.id)
      ? verdict.grant(1, reason('connection_roles.workplace_project_admin', { role: user.role.id }))
      : verdict.skip
  const roles = [project.members.users.get(user.id), ...[...user.groups].map((group) => project.members.groups.get(group))]
  return verdict.concat(
    asWorkplaceAdmin,
    ...roles.map((role) =>
      role?.manageSyncs === true ? verdict.grant(1, reason('connection_roles.project_role', { project: projectId, role: role.id })) : verdict.skip,
    ),
  )
}
