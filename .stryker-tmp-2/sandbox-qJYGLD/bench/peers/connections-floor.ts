// @ts-nocheck
import { floors, type ConnectionRequest, type Connections } from '../workloads/connections.js'

/** The floor for workload 3: max(workplace floor, direct grant, each group's grant), by hand. */
export const connectionsFloor = (world: Connections): ((request: ConnectionRequest) => boolean) => {
  const users = new Map(world.users.map((u) => [u.id, { role: u.role, groups: new Set(u.groups) }]))
  const connections = new Map(world.connections.map((c) => [c.id, c]))
  return (request) => {
    const user = users.get(request.user)
    const connection = connections.get(request.connection)
    if (user === undefined || connection === undefined) return false
    let rank = Math.max(floors[user.role], connection.users.get(request.user) ?? 0)
    // Walk the smaller side: a connection's few group members, or the user's groups.
    if (connection.groups.size <= user.groups.size) {
      for (const [group, granted] of connection.groups) if (granted > rank && user.groups.has(group)) rank = granted
    } else for (const group of user.groups) rank = Math.max(rank, connection.groups.get(group) ?? 0)
    return rank >= (request.manage ? 3 : 1)
  }
}
