// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import { lattice } from '../../domain/lattice.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import type { WorkplaceSnapshot } from '../../snapshot/workplace/types.js'
import type { ConnectionCreateCommand } from '../command.js'

const refuse = (path: string, message: string): Either<readonly Reason[], WorkplaceSnapshot> => left([reason('commands.integrity', { path, message })])

/**
 * `workplace.createConnection` (R40, R41, A39): the connection the command names, recorded as created
 * by the actor, who receives a direct Admin grant on it. An id already taken is refused with
 * `commands.integrity`. Who may create is the connectionRoles module's decision.
 *
 * @example
 * ```ts
 * createConnection(workplace, command) // command.creates: { id: id.connection('aws') }
 * ```
 */
export const createConnection = (workplace: WorkplaceSnapshot, command: ConnectionCreateCommand): Either<readonly Reason[], WorkplaceSnapshot> => {
  const creator = command.actor.kind === 'user' ? workplace.users.get(command.actor.id) : undefined
  if (creator === undefined) return refuse('actor', 'only a user of the workplace creates connections')
  const connectionId = command.creates.id
  if (workplace.connections.has(connectionId)) return refuse('creates.id', `connection '${connectionId}' already exists`)
  const members = { users: new Map([[creator.id, lattice.connectionRole.rank.admin]]), groups: new Map() }
  const record = { id: connectionId, createdBy: creator.id, members }
  return right({ ...workplace, connections: withEntry(workplace.connections, connectionId, record) })
}
