// @ts-nocheck
import type { CellRequest } from '../workloads/planning.js'
import { readBit, type Grid } from '../workloads/grid.js'
import { caslWith } from './casl.js'

/**
 * Shape A as a CASL user would write it: one ability per user, built as in workload 1's CASL peer;
 * the application loads the cell's attributes, its hierarchy and its driver values (the 2-D driver
 * from its bits, by item numbers found in Maps), and asks `ability.can`.
 */
export const gridCasl = (g: Grid): ((request: CellRequest) => boolean) => {
  const costCentreIndex = new Map(g.world.costCentres.map((c, i) => [c.id, i]))
  const productIndex = new Map(g.world.products.map((p, i) => [p, i]))
  return caslWith(
    g.world,
    (request) => readBit(g, costCentreIndex.get(request.costCentre) ?? 0, productIndex.get(request.product) ?? 0),
    (request) => g.write.has(request.user),
  )
}
