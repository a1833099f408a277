/** Generators of workplace commands (connection members, new connections) over the generated workplaces. */
// @ts-nocheck

import fc from 'fast-check'
import { id, resource, subject, type Action, type Command, type Resource } from '../../src/index.js'
import { t0 } from './commands.js'
import { connectionIds, connectionRoleArb, groupIds, projectIds, userIds } from './arbitraries/workplace.js'

const connectionsAndNew = [...connectionIds, 'c3'] as const
const memberArb = fc.oneof(fc.constantFrom(...userIds).map((user) => ({ user: id.user(user) })), fc.constantFrom(...groupIds).map((group) => ({ group: id.group(group) })))
const onConnection = fc.constantFrom(...connectionsAndNew).map((c) => resource.workplaceConnection(id.connection(c)))

const actArb: fc.Arbitrary<{ readonly action: Command['action']; readonly resource: Resource; readonly creates?: { readonly id: ReturnType<typeof id.connection> } }> = fc.oneof(
  fc.record({ action: fc.record({ type: fc.constant('connection.addMember' as const), member: memberArb, role: connectionRoleArb }), resource: onConnection }),
  fc.record({ action: fc.record({ type: fc.constant('connection.setMemberRole' as const), member: memberArb, role: connectionRoleArb }), resource: onConnection }),
  fc.record({ action: fc.record({ type: fc.constant('connection.removeMember' as const), member: memberArb }), resource: onConnection }),
  fc.record({
    action: fc.record({ type: fc.constant('workplace.setUserRole' as const), user: fc.constantFrom(...userIds).map(id.user), role: fc.constantFrom('owner', 'admin', 'collaborator', 'viewer', 'wr1', 'rx').map(id.role) }),
    resource: fc.constant(resource.workplace),
  }),
  fc.record({
    action: fc.record({ type: fc.constant('workplace.setGroupMember' as const), group: fc.constantFrom(...groupIds).map(id.group), user: fc.constantFrom(...userIds).map(id.user), member: fc.boolean() }),
    resource: fc.constant(resource.workplace),
  }),
  fc.record({
    action: fc.record({ type: fc.constant('project.setMemberRole' as const), member: memberArb, role: fc.option(fc.constantFrom('viewer', 'collaborator', 'admin', 'pr1', 'rx').map(id.role), { nil: null }) }),
    resource: fc.constantFrom(...projectIds, 'px').map((p) => resource.project(id.project(p))),
  }),
  fc.record({
    action: fc.constant({ type: 'workplace.createConnection' as const }),
    resource: fc.constant(resource.workplace),
    creates: fc.constantFrom(...connectionsAndNew).map((c) => ({ id: id.connection(c) })),
  }),
)

/** A random workplace command by one of the generated users, within the first hour. */
export const workplaceCommandArb: fc.Arbitrary<Command> = fc
  .record({ actor: fc.constantFrom(...userIds), act: actArb, minute: fc.integer({ min: 0, max: 59 }), tiebreak: fc.nat({ max: 3 }) })
  .map(({ actor, act, minute, tiebreak }) => ({ actor: subject.user(id.user(actor)), ...act, at: t0 + minute * 60_000, tiebreak }) as Command)

/** Questions whose answers commands change: every capability on every connection, the new one included. */
export const workplaceProbes: readonly (readonly [Action, Resource])[] = [
  ...projectIds.map((p) => [{ type: 'project.manageSyncs' }, resource.project(id.project(p))] as const),
  [{ type: 'workplace.createConnection' }, resource.workplace] as const,
  ...connectionsAndNew.flatMap((c) => {
  const on = resource.workplaceConnection(id.connection(c))
  return [
    [{ type: 'connection.createSync', project: id.project('p1') }, on],
    [{ type: 'connection.view' }, on],
    [{ type: 'connection.manage' }, on],
    [{ type: 'connection.removeMember', member: { user: id.user('u1') } }, on],
  ] as const
  }),
]
