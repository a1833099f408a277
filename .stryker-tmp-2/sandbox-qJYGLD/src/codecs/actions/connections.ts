// @ts-nocheck
import * as t from 'io-ts'
import type * as I from '../../domain/ids.js'
import type { Member } from '../../domain/actions/connections.js'
import { withSchema } from '../json-schema.js'
import { brandedIdC, oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })
const role = oneOf('connection role', ['none', 'viewer', 'consumer', 'admin'])

const memberC = withSchema(
  new t.Type<Member, Member, unknown>(
    'member',
    (u): u is Member => userMember.is(u) || groupMember.is(u),
    (u, c) => (typeof u === 'object' && u !== null && Object.hasOwn(u, 'group') ? groupMember.validate(u, c) : userMember.validate(u, c)),
    t.identity,
  ),
  (schemaOf) => ({ anyOf: [schemaOf(userMember), schemaOf(groupMember)] }),
)
const userMember = struct('user member', { user: brandedIdC<I.UserId>() })
const groupMember = struct('group member', { group: brandedIdC<I.GroupId>() })

/**
 * Codecs of the connection-scoping acts, by type.
 *
 * @example
 * ```ts
 * connectionActionCodecs['connection.view'].decode({ type: 'connection.view' })._tag // 'Right'
 * ```
 */
export const connectionActionCodecs = {
  'connection.view': struct('connection.view', type('connection.view')),
  'connection.createSync': struct('connection.createSync', { ...type('connection.createSync'), project: brandedIdC<I.ProjectId>() }),
  'connection.manage': struct('connection.manage', type('connection.manage')),
  'connection.addMember': struct('connection.addMember', { ...type('connection.addMember'), member: memberC, role }),
  'connection.setMemberRole': struct('connection.setMemberRole', { ...type('connection.setMemberRole'), member: memberC, role }),
  'connection.removeMember': struct('connection.removeMember', { ...type('connection.removeMember'), member: memberC }),
  'workplace.createConnection': struct('workplace.createConnection', type('workplace.createConnection')),
  'project.manageSyncs': struct('project.manageSyncs', type('project.manageSyncs')),
  'workplace.setUserRole': struct('workplace.setUserRole', { ...type('workplace.setUserRole'), user: brandedIdC<I.UserId>(), role: brandedIdC<I.RoleId>() }),
  'workplace.setGroupMember': struct('workplace.setGroupMember', {
    ...type('workplace.setGroupMember'),
    group: brandedIdC<I.GroupId>(),
    user: brandedIdC<I.UserId>(),
    member: t.boolean,
  }),
  'project.setMemberRole': struct('project.setMemberRole', {
    ...type('project.setMemberRole'),
    member: memberC,
    role: t.union([brandedIdC<I.RoleId>(), t.null]),
  }),
} as const
