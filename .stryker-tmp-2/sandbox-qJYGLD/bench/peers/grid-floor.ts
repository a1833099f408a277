// @ts-nocheck
import type { CellRequest } from '../workloads/planning.js'
import { floorWith } from './floor.js'
import { readBit, type Grid } from '../workloads/grid.js'

/**
 * The floor of shape A, by hand over the same data: plain Maps for roles, grants and the hierarchy,
 * each item's number in a Map, the 2-D read driver as the bits it is given in, the per-user write
 * driver as a Set. cell = min(module, version, SA(cost centre and ancestors), SA(product), DCA), DCA
 * being write if the user's write driver is TRUE, else read if the read driver is TRUE at the cell,
 * else none.
 */
export const gridFloor = (g: Grid): ((request: CellRequest) => boolean) => {
  const costCentreIndex = new Map(g.world.costCentres.map((c, i) => [c.id, i]))
  const productIndex = new Map(g.world.products.map((p, i) => [p, i]))
  return floorWith(g.world, (request) =>
    g.write.has(request.user) ? 2 : readBit(g, costCentreIndex.get(request.costCentre) ?? 0, productIndex.get(request.product) ?? 0) ? 1 : 0,
  )
}

/**
 * The floor of shape C's batch, by hand: how many cells of the 10M-cell slice one user may read at
 * one version. The user's level of every cost centre and product computed once, then one loop over the
 * cells that pass, reading the driver's bits.
 */
export const gridFloorCount = (g: Grid, user: string, version: string): number => {
  const world = g.world
  const person = world.users.find((u) => u.id === user)
  const role = world.roles.find((r) => r.id === person?.role)
  if (person === undefined || role === undefined || Math.min(role.module, role.versions[version] ?? 0) < 1) return 0
  const granted = new Set(person.grants.map((grant) => grant.item))
  const countryOk = new Map(world.countries.map((c) => [c.id, granted.has(c.id) || granted.has(c.parent)]))
  const costCentres: number[] = []
  world.costCentres.forEach((c, i) => {
    if (granted.has(c.id) || countryOk.get(c.parent) === true) costCentres.push(i)
  })
  const products: number[] = []
  world.products.forEach((p, i) => {
    if (granted.has(p)) products.push(i)
  })
  if (g.write.has(user)) return costCentres.length * products.length
  const width = world.products.length
  let count = 0
  for (const c of costCentres) {
    const row = c * width
    for (const p of products) {
      const at = row + p
      count += (g.read[at >> 3]! >> (at & 7)) & 1
    }
  }
  return count
}
