// @ts-nocheck
import { decide, id, lattice, resource, subject, type Action, type Decision, type WorkplaceInput } from '../../src/index.js'
import { compiled } from './compiled.js'

/** The decision of `user` viewing connection `c` in a workplace. */
export const viewOf = (w: WorkplaceInput, user: string, c: string): Decision =>
  decide(compiled({ workplace: w }))(subject.user(id.user(user)), { type: 'connection.view' }, resource.workplaceConnection(id.connection(c)))

/** A decision on connection `c` in a workplace. */
export const onConnection = (w: WorkplaceInput, user: string, action: Action, c: string): Decision =>
  decide(compiled({ workplace: w }))(subject.user(id.user(user)), action, resource.workplaceConnection(id.connection(c)))

/** The rank of a connection-role level name. */
export const rank = (level: string): number => lattice.connectionRole.levels.indexOf(level as never)

/** The workplace with connection `c`'s members changed by `change`. */
export const withMembers = (
  w: WorkplaceInput,
  c: string,
  change: (members: NonNullable<NonNullable<WorkplaceInput['connections']>[number]['members']>) => NonNullable<NonNullable<WorkplaceInput['connections']>[number]['members']>,
): WorkplaceInput => ({
  ...w,
  connections: (w.connections ?? []).map((x) => (x.id === c ? { ...x, members: change(x.members ?? []) } : x)),
})

/** Whether a member entry is the given user. */
export const isUser = (m: { readonly user: string } | { readonly group: string }, user: string): boolean => 'user' in m && m.user === user
