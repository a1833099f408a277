// @ts-nocheck
import type { Decider } from '../decide.js'
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'
import type { Ungraded } from './findings.js'

/**
 * Connections that have members but none of whom may create a sync into any project (R40–R45): the
 * members' roles reach no project any more. Its members are the users named on it and the users of
 * the groups named on it (nesting resolved); each is asked with `decide`, against every project.
 *
 * @example
 * ```ts
 * unreachableConnections(workplace, decide(world))
 * ```
 */
export const unreachableConnections = (workplace: WorkplaceSnapshot, decider: Decider): readonly Ungraded[] =>
  [...workplace.connections.values()].flatMap((connection): readonly Ungraded[] => {
    if (connection.members.users.size + connection.members.groups.size === 0) return []
    const target = resource.workplaceConnection(connection.id)
    const members = [...workplace.users.values()]
      .filter((user) => connection.members.users.has(user.id) || [...user.groups].some((group) => connection.members.groups.has(group)))
      .map((user) => user.id)
    const reaches = members.some((user) =>
      [...workplace.projects.keys()].some((project) => decider(subject.user(user), { type: 'connection.createSync', project }, target).effect === 'allow'),
    )
    return reaches ? [] : [{ code: 'connection.reaches_no_project', connection: connection.id, members: members.length }]
  })
