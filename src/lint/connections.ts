import type { Decider } from '../decide.js'
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'
import type { Finding } from './findings.js'

/**
 * Connections that have members but none of whom may create a sync into any project (R40–R45): the
 * members' roles reach no project any more. Decided with `decide`: every workplace user whose
 * effective role on the connection is above none, against every project.
 *
 * @example
 * ```ts
 * unreachableConnections(workplace, decide(world))
 * ```
 */
export const unreachableConnections = (workplace: WorkplaceSnapshot, decider: Decider): readonly Finding[] =>
  [...workplace.connections.values()].flatMap((connection): readonly Finding[] => {
    if (connection.members.users.size + connection.members.groups.size === 0) return []
    const target = resource.workplaceConnection(connection.id)
    const members = [...workplace.users.keys()].filter((user) => decider(subject.user(user), { type: 'connection.view' }, target).effect === 'allow')
    const reaches = members.some((user) =>
      [...workplace.projects.keys()].some((project) => decider(subject.user(user), { type: 'connection.createSync', project }, target).effect === 'allow'),
    )
    return reaches ? [] : [{ code: 'connection.reaches_no_project', connection: connection.id, members: members.length }]
  })
