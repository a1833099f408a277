// @ts-nocheck
import type { WorldInput } from '../../src/index.js'
import { random } from './random.js'

/**
 * Workload 3: connection roles of a workplace (seed 001). Most users hold a custom workplace role with
 * none of the four connection permissions (R42), so their access comes from direct grants and from
 * their 50 groups; some are Viewers and Collaborators (R40, R41). Highest privilege wins (R43).
 */
export interface Connections {
  readonly users: readonly { readonly id: string; readonly role: 'scoped' | 'viewer' | 'collaborator'; readonly groups: readonly string[] }[]
  readonly groups: readonly string[]
  readonly connections: readonly {
    readonly id: string
    readonly users: ReadonlyMap<string, number>
    readonly groups: ReadonlyMap<string, number>
  }[]
}

/** A connection request in neutral terms: view (needs viewer) or manage (needs admin). */
export interface ConnectionRequest {
  readonly user: string
  readonly connection: string
  readonly manage: boolean
}

export const roleNames = ['none', 'viewer', 'consumer', 'admin'] as const

/** Workplace role floors (R41): Collaborator has View All and Use All, so consumer. */
export const floors = { scoped: 0, viewer: 0, collaborator: 2 } as const

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i))

export const workload3 = { users: 1_000, groups: 500, groupsPerUser: 50, connections: 200, directPerConnection: 20, groupsPerConnection: 10 }

export const connectionsWorld = (sizes = workload3, seed = 3): Connections => {
  const rng = random(seed)
  const groups = range(sizes.groups, (g) => `g${g}`)
  const users = range(sizes.users, (u) => ({
    id: `u${u}`,
    role: u === 0 ? ('scoped' as const) : rng.pick(['scoped', 'scoped', 'scoped', 'scoped', 'scoped', 'scoped', 'scoped', 'viewer', 'viewer', 'collaborator'] as const),
    groups: [...new Set(range(sizes.groupsPerUser, () => rng.pick(groups)))],
  }))
  const grant = (): number => 1 + rng.int(3)
  const connections = range(sizes.connections, (c) => ({
    id: `conn${c}`,
    users: new Map(range(sizes.directPerConnection, () => [rng.pick(users).id, grant()] as const)),
    groups: new Map(range(sizes.groupsPerConnection, () => [rng.pick(groups), grant()] as const)),
  }))
  return { users, groups, connections }
}

/** The workload as the engine's world input. */
export const connectionsInput = (world: Connections): WorldInput => ({
  workplace: {
    plan: 'enterprise',
    roles: [{ id: 'scoped', permissions: [] }],
    users: world.users.map((u) => ({ id: u.id, role: u.role })),
    groups: world.groups.map((g) => ({ id: g, users: world.users.filter((u) => u.groups.includes(g)).map((u) => u.id) })),
    connections: world.connections.map((c) => ({
      id: c.id,
      members: [
        ...[...c.users].map(([user, rank]) => ({ user, role: roleNames[rank] ?? 'none' })),
        ...[...c.groups].map(([group, rank]) => ({ group, role: roleNames[rank] ?? 'none' })),
      ],
    })),
  },
})

/** Random view and manage requests of one user on random connections. */
export const connectionRequests = (world: Connections, user: string, count: number, seed = 4): ConnectionRequest[] => {
  const rng = random(seed)
  return range(count, () => ({ user, connection: rng.pick(world.connections).id, manage: rng.chance(0.5) }))
}

/** Requests of every user taking turns, one request each in turn, each user's own random connections. */
export const connectionUsersInTurn = (world: Connections, count: number): ConnectionRequest[] => {
  const each = world.users.map((user, i) => connectionRequests(world, user.id, Math.ceil(count / world.users.length), 100 + i))
  return range(count, (i) => each[i % each.length]![Math.floor(i / each.length)]!)
}
