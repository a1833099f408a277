// @ts-nocheck
import { resource } from '../domain/resource.js'
import { subject, type Session } from '../domain/subject.js'
import type { Decider } from '../decide.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'
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
 * Project rows: each direct member of each project, with `project.manageSyncs` (R44).
 *
 * @example
 * ```ts
 * [...projectRows(workplace, session)]
 * ```
 */
export function* projectRows(workplace: WorkplaceSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const project of workplace.projects.values())
    for (const [user, role] of project.members.users)
      yield {
        section: 'project',
        subject: subject.user(user, session),
        scope: project.id,
        grant: `projectRole:${role.id}`,
        action: { type: 'project.manageSyncs' },
        resource: resource.project(project.id),
      }
}
