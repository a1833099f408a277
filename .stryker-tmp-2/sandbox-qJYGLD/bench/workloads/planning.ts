// @ts-nocheck
import { random, type Random } from './random.js'

/**
 * Workload 1, the planning workload, described once in neutral terms; the engine's world input and
 * every peer's encoding are derived from this description.
 *
 * One model, one module dimensioned by a hierarchical selective-access list (regions > countries >
 * cost centres) and a flat one (products), and by version. The line item has a read access driver
 * (dimensioned by cost centre) and a write access driver (dimensioned by product). Three custom roles
 * give different module and version permissions; users hold selective-access grants on items of
 * every level of the hierarchy and on products.
 */

/** 0 none, 1 read, 2 write. */
export type Rank = 0 | 1 | 2

export type SaList = 'regions' | 'countries' | 'costCentres' | 'products'

export interface SaGrant {
  readonly list: SaList
  readonly item: string
  readonly rank: 1 | 2
}

export interface PlanningRole {
  readonly id: string
  readonly module: Rank
  readonly versions: Readonly<Record<string, Rank>>
}

export interface PlanningUser {
  readonly id: string
  readonly role: string
  readonly grants: readonly SaGrant[]
}

export interface Child {
  readonly id: string
  readonly parent: string
}

export interface Planning {
  readonly regions: readonly string[]
  readonly countries: readonly Child[]
  readonly costCentres: readonly Child[]
  readonly products: readonly string[]
  readonly versions: readonly string[]
  readonly roles: readonly PlanningRole[]
  readonly users: readonly PlanningUser[]
  /** Read driver values by cost centre (TRUE ones only: a missing value is FALSE, A33). */
  readonly readDriver: ReadonlySet<string>
  /** Write driver values by product (TRUE ones only). */
  readonly writeDriver: ReadonlySet<string>
}

/** A cell request in neutral terms. */
export interface CellRequest {
  readonly user: string
  readonly version: string
  readonly costCentre: string
  readonly product: string
  readonly write: boolean
}

export interface PlanningSizes {
  readonly regions: number
  readonly countriesPerRegion: number
  readonly costCentresPerCountry: number
  readonly products: number
  readonly versions: number
  readonly users: number
  /** Explicit grants per user on each level: regions, countries, cost centres, products. */
  readonly grants: readonly [number, number, number, number]
}

/** The sizes of workload 1: 10 regions > 20 countries each > 50 cost centres each, 1,000 products. */
export const workload1: PlanningSizes = {
  regions: 10,
  countriesPerRegion: 20,
  costCentresPerCountry: 50,
  products: 1000,
  versions: 3,
  users: 1000,
  grants: [1, 2, 8, 24],
}

/** Names used by every encoding. */
export const names = {
  workspace: 'planning',
  model: 'plan',
  module: 'spend',
  lineItem: 'amount',
  readDriver: 'canReadCostCentre',
  writeDriver: 'canWriteProduct',
  /** The non-administrator user every benchmark request is made for. */
  user: 'u0',
} as const

const versionIds = ['actual', 'budget', 'forecast'] as const

/** Three roles with different module and version permissions. */
const roles: readonly PlanningRole[] = [
  { id: 'planner', module: 2, versions: { actual: 1, budget: 2, forecast: 2 } },
  { id: 'reviewer', module: 1, versions: { actual: 1, budget: 1, forecast: 0 } },
  { id: 'contributor', module: 2, versions: { actual: 0, budget: 2, forecast: 1 } },
]

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i))

const sample = <T>(rng: Random, values: readonly T[], n: number): T[] => range(n, () => rng.pick(values))

const grantsOf = (rng: Random, p: Omit<Planning, 'users' | 'roles' | 'readDriver' | 'writeDriver' | 'versions'>, n: PlanningSizes['grants']): SaGrant[] => {
  const rank = (): 1 | 2 => (rng.chance(0.5) ? 1 : 2)
  return [
    ...sample(rng, p.regions, n[0]).map((item) => ({ list: 'regions' as const, item, rank: rank() })),
    ...sample(rng, p.countries, n[1]).map((c) => ({ list: 'countries' as const, item: c.id, rank: rank() })),
    ...sample(rng, p.costCentres, n[2]).map((c) => ({ list: 'costCentres' as const, item: c.id, rank: rank() })),
    ...sample(rng, p.products, n[3]).map((item) => ({ list: 'products' as const, item, rank: rank() })),
  ]
}

/** Generates the planning world for the given sizes (deterministic for a seed). */
export const planning = (sizes: PlanningSizes, seed = 1): Planning => {
  const rng = random(seed)
  const regions = range(sizes.regions, (r) => `r${r}`)
  const countries = regions.flatMap((region, r) => range(sizes.countriesPerRegion, (c) => ({ id: `c${r}.${c}`, parent: region })))
  const costCentres = countries.flatMap((country) => range(sizes.costCentresPerCountry, (k) => ({ id: `${country.id}.${k}`, parent: country.id })))
  const products = range(sizes.products, (p) => `p${p}`)
  const dims = { regions, countries, costCentres, products }
  const users = range(sizes.users, (u) => ({ id: `u${u}`, role: roles[u % roles.length]!.id, grants: grantsOf(rng, dims, sizes.grants) }))
  return {
    ...dims,
    versions: versionIds.slice(0, sizes.versions),
    roles,
    users,
    readDriver: new Set(costCentres.filter(() => rng.chance(0.9)).map((c) => c.id)),
    writeDriver: new Set(products.filter(() => rng.chance(0.6)).map((p) => p)),
  }
}

/**
 * Random cell requests for one user, half of them read and half write. Half of the cost centres and
 * products are drawn from the user's own grants (so that allows and denies both occur), the rest at
 * random.
 */
/**
 * Requests of many users in turn: `users` non-administrators (the first of the world), each with
 * requests drawn as {@link cellRequests} draws them for one user, interleaved one by one.
 */
export const usersInTurn = (world: Planning, users: number, count: number): CellRequest[] => {
  const each = world.users.slice(0, users).map((user, i) => cellRequests(world, user.id, Math.ceil(count / users), 100 + i))
  return range(count, (i) => each[i % each.length]![Math.floor(i / each.length)]!)
}

export const cellRequests = (world: Planning, user: string, count: number, seed = 2): CellRequest[] => {
  const rng = random(seed)
  const grants = world.users.find((u) => u.id === user)?.grants ?? []
  const under = new Map<string, string[]>()
  const regionOf = new Map(world.countries.map((c) => [c.id, c.parent]))
  for (const cc of world.costCentres) {
    for (const key of [cc.id, cc.parent, regionOf.get(cc.parent) ?? '']) {
      const list = under.get(key) ?? []
      list.push(cc.id)
      under.set(key, list)
    }
  }
  const grantedCostCentres = grants.filter((g) => g.list !== 'products').flatMap((g) => under.get(g.item) ?? [])
  const grantedProducts = grants.filter((g) => g.list === 'products').map((g) => g.item)
  const pickFrom = (granted: readonly string[], all: readonly string[]): string =>
    granted.length > 0 && rng.chance(0.5) ? rng.pick(granted) : rng.pick(all)
  const allCostCentres = world.costCentres.map((c) => c.id)
  return range(count, () => ({
    user,
    version: rng.pick(world.versions),
    costCentre: pickFrom(grantedCostCentres, allCostCentres),
    product: pickFrom(grantedProducts, world.products),
    write: rng.chance(0.5),
  }))
}

/** Each country's region and each cost centre's country: the hierarchy every peer walks. */
export const parentsOf = (world: Planning): ReadonlyMap<string, string> =>
  new Map<string, string>([...world.countries, ...world.costCentres].map((c) => [c.id, c.parent]))

/** The versions a user's role reaches at `need` (1 read, 2 write): min(module permission, version permission). */
export const versionsAt = (world: Planning, user: PlanningUser, need: number): string[] => {
  const role = world.roles.find((r) => r.id === user.role)
  return world.versions.filter((v) => Math.min(role?.module ?? 0, role?.versions[v] ?? 0) >= need)
}
