import type { CellRequest, Planning, Rank } from '../workloads/planning.js'

/**
 * The floor: what a careful engineer writes by hand for workload 1 with plain Maps and no reasons.
 * cell = min(module permission, version permission, SA(cost centre, with its ancestors),
 * SA(product), DCA), where DCA is write if the write driver is TRUE, else read if the read driver is
 * TRUE, else none.
 */
export type FloorDecide = (request: CellRequest) => boolean

export const floor = (world: Planning): FloorDecide => {
  const roleOf = new Map(world.users.map((u) => [u.id, world.roles.find((r) => r.id === u.role)]))
  const parentOf = new Map<string, string>([...world.countries, ...world.costCentres].map((c) => [c.id, c.parent]))
  const grants = new Map<string, Map<string, Rank>>()
  for (const user of world.users) {
    const items = new Map<string, Rank>()
    for (const g of user.grants) items.set(g.item, Math.max(items.get(g.item) ?? 0, g.rank) as Rank)
    grants.set(user.id, items)
  }
  const { readDriver, writeDriver } = world
  return (request) => {
    const role = roleOf.get(request.user)
    const items = grants.get(request.user)
    if (role === undefined || items === undefined) return false
    let level = Math.min(role.module, role.versions[request.version] ?? 0)
    let sa = 0
    for (let item: string | undefined = request.costCentre; item !== undefined; item = parentOf.get(item)) sa = Math.max(sa, items.get(item) ?? 0)
    level = Math.min(level, sa, items.get(request.product) ?? 0)
    const dca = writeDriver.has(request.product) ? 2 : readDriver.has(request.costCentre) ? 1 : 0
    return Math.min(level, dca) >= (request.write ? 2 : 1)
  }
}
