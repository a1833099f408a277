// @ts-nocheck
import { parentsOf, type CellRequest, type Planning, type Rank } from '../workloads/planning.js'

/**
 * The floor: what a careful engineer writes by hand for workload 1 with plain Maps and no reasons.
 * cell = min(module permission, version permission, SA(cost centre, with its ancestors),
 * SA(product), DCA), where DCA is write if the write driver is TRUE, else read if the read driver is
 * TRUE, else none.
 */
export type FloorDecide = (request: CellRequest) => boolean

/** What every floor builds first: each user's role, each item's parent, and each user's grants by item id (the higher of two). */
const floorIndexes = (world: Planning) => {
  const roleOf = new Map(world.users.map((u) => [u.id, world.roles.find((r) => r.id === u.role)]))
  const parentOf = parentsOf(world)
  const grants = new Map<string, Map<string, Rank>>()
  for (const user of world.users) {
    const items = new Map<string, Rank>()
    for (const g of user.grants) items.set(g.item, Math.max(items.get(g.item) ?? 0, g.rank) as Rank)
    grants.set(user.id, items)
  }
  return { roleOf, parentOf, grants }
}

/**
 * The floor over any driver data: `dca` is the dynamic-cell-access level of the request's cell (2
 * write, 1 read, 0 none).
 */
export const floorWith = (world: Planning, dca: (request: CellRequest) => number): FloorDecide => {
  const { roleOf, parentOf, grants } = floorIndexes(world)
  return (request) => {
    const role = roleOf.get(request.user)
    const items = grants.get(request.user)
    if (role === undefined || items === undefined) return false
    let level = Math.min(role.module, role.versions[request.version] ?? 0)
    let sa = 0
    for (let item: string | undefined = request.costCentre; item !== undefined; item = parentOf.get(item)) sa = Math.max(sa, items.get(item) ?? 0)
    level = Math.min(level, sa, items.get(request.product) ?? 0)
    return Math.min(level, dca(request)) >= (request.write ? 2 : 1)
  }
}

export const floor = (world: Planning): FloorDecide => {
  const { readDriver, writeDriver } = world
  return floorWith(world, (request) => (writeDriver.has(request.product) ? 2 : readDriver.has(request.costCentre) ? 1 : 0))
}

/**
 * The floor for workload 2: the readable cells of one user at one version, by hand: the user's
 * selective-access level of every cost centre and product computed once, then one loop over the cells.
 */
export const floorCount = (world: Planning, user: string, version: string): number => {
  const person = world.users.find((u) => u.id === user)
  const role = world.roles.find((r) => r.id === person?.role)
  if (person === undefined || role === undefined || Math.min(role.module, role.versions[version] ?? 0) < 1) return 0
  const granted = new Set(person.grants.map((g) => g.item))
  const countryOk = new Map(world.countries.map((c) => [c.id, granted.has(c.id) || granted.has(c.parent)]))
  const costCentres = world.costCentres.filter((c) => granted.has(c.id) || countryOk.get(c.parent) === true)
  const readByCostCentre = costCentres.map((c) => world.readDriver.has(c.id))
  const products = world.products.filter((p) => granted.has(p))
  const writeByProduct = products.map((p) => world.writeDriver.has(p))
  let count = 0
  for (const read of readByCostCentre) for (const write of writeByProduct) if (write || read) count++
  return count
}
