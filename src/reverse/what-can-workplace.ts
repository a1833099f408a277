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
  readonly connections: readonly { readonly connection: ConnectionId; readonly role: Level; readonly decision: Decision; readonly syncInto: readonly ProjectId[] }[]
  readonly projects: readonly { readonly project: ProjectId; readonly manageSyncs: Decision }[]
}

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
        decision,
        syncInto: projects.filter((project) => decider(who, { type: 'connection.createSync', project }, at).effect === 'allow'),
      }
    }),
    projects: projects.map((project) => ({ project, manageSyncs: decider(who, { type: 'project.manageSyncs' }, resource.project(project)) })),
  }
}
