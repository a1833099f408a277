// @ts-nocheck
import type { Decider } from '../decide.js'
import type { Action } from '../domain/action.js'
import type { ConnectionId, ProjectId, UserId } from '../domain/ids.js'
import { resource, type Resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'
import { answersDiffer } from './compare.js'
import type { ConnectionChange } from './types.js'

/** One world as the workplace part of an impact reads it. */
export interface WorkplaceSide {
  readonly workplace: WorkplaceSnapshot | undefined
  readonly decide: Decider
}

const keysOf = <K>(maps: readonly (ReadonlyMap<K, unknown> | undefined)[]): readonly K[] => [...new Set(maps.flatMap((map) => [...(map?.keys() ?? [])]))]

/**
 * How workplace users' effective roles change: on each connection in scope (`connection.view`, whose
 * level is the effective role and whose reasons name its source, R40–R45) and, when every connection
 * is in scope, their right to manage each project's syncs (R44).
 *
 * @example
 * ```ts
 * connectionChangesOf(before, after, new Set([id.connection('aws')]))
 * ```
 */
export const connectionChangesOf = (before: WorkplaceSide, after: WorkplaceSide, connections: 'all' | ReadonlySet<ConnectionId>): readonly ConnectionChange[] => {
  const users = keysOf<UserId>([before.workplace?.users, after.workplace?.users])
  const all = keysOf<ConnectionId>([before.workplace?.connections, after.workplace?.connections])
  const projects = connections === 'all' ? keysOf<ProjectId>([before.workplace?.projects, after.workplace?.projects]) : []
  const asks: readonly (readonly [Action, Resource, Pick<ConnectionChange, 'kind' | 'connection' | 'project'>])[] = [
    ...all
      .filter((connection) => connections === 'all' || connections.has(connection))
      .map((connection) => [{ type: 'connection.view' }, resource.workplaceConnection(connection), { kind: 'connectionRole', connection }] as const),
    ...projects.map((project) => [{ type: 'project.manageSyncs' }, resource.project(project), { kind: 'projectRole', project }] as const),
  ]
  return users.flatMap((user) =>
    asks.flatMap(([action, target, about]): readonly ConnectionChange[] => {
      const was = before.decide(subject.user(user), action, target)
      const is = after.decide(subject.user(user), action, target)
      return answersDiffer(was, is) ? [{ ...about, user, before: was, after: is }] : []
    }),
  )
}
