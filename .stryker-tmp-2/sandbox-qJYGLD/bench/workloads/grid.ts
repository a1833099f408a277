// @ts-nocheck
import type { DriverInput, WorldInput } from '../../src/index.js'
import { planningInput } from './planning-input.js'
import { names, planning, usersInTurn, type CellRequest, type Planning, type PlanningSizes } from './planning.js'
import { random } from './random.js'

/**
 * Shape A, drivers over two lists: the planning model of workload 1 (10 regions > 200 countries >
 * 10,000 cost centres, 1,000 products) whose line item is read-driven by a driver over cost centres ×
 * products (10M cells, about half TRUE) and write-driven by a per-user driver (about half TRUE), with
 * about 500 selective-access grants per user, most of them on the three levels of the hierarchy.
 */
export const gridSizes: PlanningSizes = {
  regions: 10,
  countriesPerRegion: 20,
  costCentresPerCountry: 50,
  products: 1_000,
  versions: 3,
  users: 1_000,
  grants: [2, 40, 308, 150],
}

/** The user of shape C's batch: Read on one region and on every product, so that 1M of the 10M cells pass selective access. */
export const sliceUser = 'slice'

/** The shape's world in neutral terms: the planning world, the 2-D read driver as bits and the per-user write driver. */
export interface Grid {
  readonly world: Planning
  /** Bit `c × products + p` of the read driver over cost centre c and product p (in list order), least significant bit first. */
  readonly read: Uint8Array
  /** The users whose write driver is TRUE. */
  readonly write: ReadonlySet<string>
}

/** Generates shape A (deterministic). */
export const grid = (seed = 7): Grid => {
  const base = planning(gridSizes, seed)
  const sliceGrants = [
    { list: 'regions' as const, item: base.regions[0]!, rank: 1 as const },
    ...base.products.map((item) => ({ list: 'products' as const, item, rank: 1 as const })),
  ]
  const world: Planning = { ...base, users: [...base.users, { id: sliceUser, role: 'planner', grants: sliceGrants }] }
  const rng = random(seed + 1)
  const cells = world.costCentres.length * world.products.length
  const read = new Uint8Array(Math.ceil(cells / 8))
  for (let byte = 0; byte < read.length; byte++) read[byte] = rng.int(256)
  // The batch's user has the write driver FALSE, so that its count reads the 2-D driver's bits.
  const write = new Set(world.users.filter((u) => rng.chance(0.5) && u.id !== sliceUser).map((u) => u.id))
  return { world, read, write }
}

/** Whether the read driver is TRUE at cost centre number c and product number p. */
export const readBit = (g: Grid, c: number, p: number): boolean => {
  const at = c * g.world.products.length + p
  return ((g.read[at >> 3]! >> (at & 7)) & 1) === 1
}

/** How the 2-D driver's values are written in the world input. */
export type DriverForm = 'verbose' | 'bitmap'

const readDriver = (g: Grid, form: DriverForm): DriverInput => {
  const dimensions = ['costCentres', 'products']
  if (form === 'bitmap') return { id: names.readDriver, dimensions, bitmap: Buffer.from(g.read.buffer, g.read.byteOffset, g.read.byteLength).toString('base64') }
  const values: { items: Record<string, string>; value: boolean }[] = []
  const { costCentres, products } = g.world
  for (let c = 0; c < costCentres.length; c++)
    for (let p = 0; p < products.length; p++) if (readBit(g, c, p)) values.push({ items: { costCentres: costCentres[c]!.id, products: products[p]! }, value: true })
  return { id: names.readDriver, dimensions, values }
}

/** Shape A as the engine's world input, its 2-D driver in the given form. */
export const gridInput = (g: Grid, form: DriverForm): WorldInput => {
  const input = planningInput(g.world)
  const model = input.tenant!.models[0]!
  const drivers: DriverInput[] = [
    readDriver(g, form),
    { id: names.writeDriver, dimensions: ['users'], values: [...g.write].map((user) => ({ user, value: true })) },
  ]
  return { tenant: { ...input.tenant!, models: [{ ...model, drivers }] } }
}

/** Read and write requests of `users` users in turn (the first of the world), half of their items drawn from their grants. */
export const gridRequests = (g: Grid, users: number, count: number): CellRequest[] => usersInTurn(g.world, users, count)
