import { resource } from '../domain/resource.js'
import { subject, type Session } from '../domain/subject.js'
import type { Decider } from '../decide.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'
import { isProjectAdminWorkplaceRole } from '../rules/connectionRoles/tables.js'
import type { RowRequest } from './review-row.js'

/**
 * Connection rows: each workplace user's effective role on each connection (`connection.view`, whose
 * level is the role and whose reasons name where it comes from: workplace role, direct grant, group,
 * R39–R43), for every user with a role above none or a direct grant.
 *
 * @example
 * ```ts
 * [...connectionRows(workplace, decider, session)].map((row) => `${row.subjectName}: ${row.level}`)
 * ```
 */
export function* connectionRows(workplace: WorkplaceSnapshot, decider: Decider, session: Session | undefined): Generator<RowRequest> {
  for (const connection of workplace.connections.values())
    for (const user of workplace.users.values()) {
      const row = {
        section: 'connection',
        subject: subject.user(user.id, session),
        scope: connection.id,
        action: { type: 'connection.view' },
        resource: resource.workplaceConnection(connection.id),
      } as const
      const direct = connection.members.users.has(user.id)
      if (!direct && decider(row.subject, row.action, row.resource).level === 'none') continue
      yield { ...row, grant: `workplaceRole:${user.role.id}${direct ? '+direct' : ''}` }
    }
}

/**
 * Project rows: each workplace user who may hold a project role on each project, with
 * `project.manageSyncs` (R44): a direct member, a member of a group that is a project member (F62,
 * F63), or a workplace Owner or Admin, a project Admin everywhere (F61, I38). The grant names every
 * source, joined by `+`: `workplaceRole:owner`, `projectRole:editor`, `group:analysts/projectRole:viewer`.
 *
 * @example
 * ```ts
 * [...projectRows(workplace, session)].map((row) => `${row.subjectName}: ${row.grant}`)
 * ```
 */
export function* projectRows(workplace: WorkplaceSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const project of workplace.projects.values())
    for (const user of workplace.users.values()) {
      const direct = project.members.users.get(user.id)
      const sources = [
        ...(user.role.builtIn && isProjectAdminWorkplaceRole(user.role.id) ? [`workplaceRole:${user.role.id}`] : []),
        ...(direct === undefined ? [] : [`projectRole:${direct.id}`]),
        ...[...user.groups].flatMap((group) => {
          const role = project.members.groups.get(group)
          return role === undefined ? [] : [`group:${group}/projectRole:${role.id}`]
        }),
      ]
      if (sources.length === 0) continue
      yield {
        section: 'project',
        subject: subject.user(user.id, session),
        scope: project.id,
        grant: sources.join('+'),
        action: { type: 'project.manageSyncs' },
        resource: resource.project(project.id),
      }
    }
}
