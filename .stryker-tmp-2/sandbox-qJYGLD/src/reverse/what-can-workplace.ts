// @ts-nocheck
import type { Decider } from '../decide.js'
import type { ConnectionId, ProjectId } from '../domain/ids.js'
import type { Level } from '../domain/lattice.js'
import { resource } from '../domain/resource.js'
import type { Subject } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'

/**
 * What one subject can do in the workplace (see {@link whatCan}): creating connections; per
 * connection, their effective role (`role`, the level of `connection.view`) with the decision whose
 * reasons say where it comes from (workplace role, direct grant, group, R39–R43) and the projects
 * they may create syncs into from it (R44, I36); per project, managing its syncs.
 *
 * @example
 * ```ts
 * const workplace = whatCan(world)(subject.user(id.user('u1')), { kind: 'workplace' })
 * if (workplace.kind === 'workplace') workplace.connections.map((c) => `${c.connection}: ${c.role}`)
 * ```
 */
export interface WorkplaceAbilities {
  readonly kind: 'workplace'
  readonly subject: Subject
  readonly name: string
  readonly createConnection: Decision
  readonly connections: readonly {
    readonly connection: ConnectionId
    readonly role: Level
    /** Where the effective role comes from: the grants at the top of the decision, by kind (group ids for groups). */
    readonly from: readonly ({ readonly kind: 'workplaceRole'; readonly role: string } | { readonly kind: 'direct' } | { readonly kind: 'group'; readonly group: string })[]
    readonly decision: Decision
    readonly syncInto: readonly ProjectId[]
  }[]
  readonly projects: readonly { readonly project: ProjectId; readonly manageSyncs: Decision }[]
}

type Source = WorkplaceAbilities['connections'][number]['from'][number]

/** The kinds of grant that set a connection role, read from the decision's reasons. */
const sourcesOf = (decision: Decision): readonly Source[] =>
  decision.reasons.flatMap((r): readonly Source[] =>
    r.code === 'connection_roles.workplace_role'
      ? [{ kind: 'workplaceRole', role: r.role }]
      : r.code === 'connection_roles.direct_grant'
        ? [{ kind: 'direct' }]
        : r.code === 'connection_roles.group_grant'
          ? [{ kind: 'group', group: r.group }]
          : [],
  )

/**
 * The {@link WorkplaceAbilities} of a subject, every answer from `decide`.
 *
 * @example
 * ```ts
 * workplaceAbilities(workplace, decider, who, 'u1')
 * ```
 */
export const workplaceAbilities = (workplace: WorkplaceSnapshot, decider: Decider, who: Subject, name: string): WorkplaceAbilities => {
  const projects = [...workplace.projects.keys()]
  return {
    kind: 'workplace',
    subject: who,
    name,
    createConnection: decider(who, { type: 'workplace.createConnection' }, resource.workplace),
    connections: [...workplace.connections.keys()].map((connection) => {
      const at = resource.workplaceConnection(connection)
      const decision = decider(who, { type: 'connection.view' }, at)
      return {
        connection,
        role: decision.level,
        from: decision.effect === 'allow' ? sourcesOf(decision) : [],
        decision,
        syncInto: projects.filter((project) => decider(who, { type: 'connection.createSync', project }, at).effect === 'allow'),
      }
    }),
    projects: projects.map((project) => ({ project, manageSyncs: decider(who, { type: 'project.manageSyncs' }, resource.project(project)) })),
  }
}
