// @ts-nocheck
import * as t from 'io-ts'
import type { ConnectionMemberInput, ProjectMemberInput, WorkplaceInput } from '../snapshot/input/workplace.js'
import { fastCodec, fastDecoderOf, fullOnly, type FastDecoder, type Mode } from './fast.js'
import { withSchema } from './json-schema.js'
import { idC, listOf, oneOf } from './primitives.js'
import { struct } from './struct.js'

const connectionRoleC = oneOf('connection role', ['none', 'viewer', 'consumer', 'admin'])
const permissionC = oneOf('workplace permission', ['viewAllConnections', 'useAllConnections', 'manageAllConnections', 'createConnections'])

/** A member: a user or a group (told apart by which key it carries), each with a role of the given codec. */
const memberWith = <M>(name: string, role: t.Mixed): t.Type<M, M> => {
  const user = struct(`${name} (user)`, { user: idC, role })
  const group = struct(`${name} (group)`, { group: idC, role })
  const [fastUser, fastGroup] = [fastDecoderOf(user), fastDecoderOf(group)]
  const [fullUser, fullGroup] = [fullOnly(user), fullOnly(group)]
  const isGroup = (u: unknown): boolean => typeof u === 'object' && u !== null && Object.hasOwn(u, 'group')
  const fast = ((u: unknown, mode: Mode) => (isGroup(u) ? fastGroup(u, mode) : fastUser(u, mode))) as FastDecoder<M>
  const codec = fastCodec<M, M>(name, fast, (u, c) => (isGroup(u) ? fullGroup.validate(u, c) : fullUser.validate(u, c)) as t.Validation<M>, t.identity)
  return withSchema(codec, (schemaOf) => ({ anyOf: [schemaOf(user), schemaOf(group)] }))
}

const projectMemberC = memberWith<ProjectMemberInput>('project member', idC)
const connectionMemberC = memberWith<ConnectionMemberInput>('connection member', connectionRoleC)

/**
 * The workplace section on the wire (seed 001).
 *
 * @example
 * ```ts
 * import { codecs } from 'accessgrid'
 * codecs.world.decode({ workplace: { plan: 'team', users: [{ id: 'ana', role: 'collaborator' }] } })
 * ```
 */
export const workplaceC: t.Type<WorkplaceInput, WorkplaceInput> = struct(
  'workplace',
  { plan: oneOf('plan', ['developer', 'team', 'enterprise']), users: listOf(struct('workplace user', { id: idC, role: idC })) },
  {
    addOns: listOf(oneOf('add-on', ['customRoles', 'userGroups'])),
    roles: listOf(struct('workplace role', { id: idC }, { permissions: listOf(permissionC) })),
    projectRoles: listOf(struct('project role', { id: idC }, { manageSyncs: t.boolean })),
    groups: listOf(struct('group', { id: idC }, { users: listOf(idC), groups: listOf(idC) })),
    projects: listOf(struct('project', { id: idC }, { members: listOf(projectMemberC) })),
    connections: listOf(struct('workplace connection', { id: idC }, { createdBy: idC, members: listOf(connectionMemberC) })),
  },
)
