// @ts-nocheck
import type { WorldInput } from '../../src/index.js'
import { random } from './random.js'

/** The sizes of the reverse-questions world. */
export interface ReverseSizes {
  readonly label: string
  readonly users: number
  /** Users assigned a role in the model (every `users / assigned`-th user), members of its workspace. */
  readonly assigned: number
  readonly regions: number
  readonly countriesPerRegion: number
  readonly leavesPerCountry: number
  readonly products: number
  /** Selective-access grants per assigned user: on leaves, countries and regions. */
  readonly grants: { readonly leaves: number; readonly countries: number; readonly regions: number }
}

/**
 * The world: 100k users, 10k of them assigned in the model, 35 selective-access grants each on a
 * 10k-leaf hierarchy (10 regions, 100 countries, 10,000 cost centres), and a module of cost centres ×
 * 100 products: 1M cells on one line item at one version. `--quick` uses a tenth of it.
 */
export const reverseSizes = (quick: boolean): ReverseSizes =>
  quick
    ? { label: '10k users, 1k assigned, 1k leaves', users: 10_000, assigned: 1_000, regions: 10, countriesPerRegion: 10, leavesPerCountry: 10, products: 100, grants: { leaves: 30, countries: 4, regions: 1 } }
    : { label: '100k users, 10k assigned, 10k leaves', users: 100_000, assigned: 10_000, regions: 10, countriesPerRegion: 10, leavesPerCountry: 100, products: 100, grants: { leaves: 30, countries: 4, regions: 1 } }

/** The ids of the world's items, for requests. */
export interface ReverseNames {
  readonly leaves: readonly string[]
  readonly products: readonly string[]
  readonly assigned: readonly string[]
}

/** Builds the world input (seeded: the same world every run) and the names requests draw from. */
export const reverseWorld = (sizes: ReverseSizes): { readonly input: WorldInput; readonly names: ReverseNames } => {
  const rng = random(13)
  const regions = Array.from({ length: sizes.regions }, (_, r) => `r${r}`)
  const countries = regions.flatMap((region, r) => Array.from({ length: sizes.countriesPerRegion }, (_, c) => ({ id: `c${r}.${c}`, parent: region })))
  const leaves = countries.flatMap((country) => Array.from({ length: sizes.leavesPerCountry }, (_, l) => ({ id: `${country.id}.${l}`, parent: country.id })))
  const products = Array.from({ length: sizes.products }, (_, p) => `p${p}`)
  const users = Array.from({ length: sizes.users }, (_, u) => `u${u}`)
  const step = Math.floor(sizes.users / sizes.assigned)
  const assigned = users.filter((_, u) => u % step === 0).slice(0, sizes.assigned)
  const level = (): 'read' | 'write' => (rng.chance(0.5) ? 'read' : 'write')
  const grants = assigned.flatMap((user) => [
    ...Array.from({ length: sizes.grants.leaves }, () => ({ user, list: 'cost-centre', item: rng.pick(leaves).id, level: level() })),
    ...Array.from({ length: sizes.grants.countries }, () => ({ user, list: 'country', item: rng.pick(countries).id, level: level() })),
    ...Array.from({ length: sizes.grants.regions }, () => ({ user, list: 'region', item: rng.pick(regions), level: level() })),
  ])
  const input: WorldInput = {
    tenant: {
      users: users.map((id, u) => ({ id, kind: 'internal', ...(u === 1 ? { roles: ['tenantAdmin'] } : u === 2 ? { roles: ['auditor', 'userAdmin'] } : {}) })),
      workspaces: [{ id: 'finance', members: assigned.map((user, k) => ({ user, admin: k % 500 === 0 })) }],
      models: [
        {
          id: 'plan',
          workspace: 'finance',
          lists: [
            { id: 'region', selectiveAccess: true, items: regions.map((id) => ({ id })) },
            { id: 'country', parent: 'region', selectiveAccess: true, items: countries },
            { id: 'cost-centre', parent: 'country', selectiveAccess: true, items: leaves },
            { id: 'product', items: products.map((id) => ({ id })) },
          ],
          versions: [{ id: 'budget' }],
          modules: [{ id: 'spend', lists: ['cost-centre', 'product'], lineItems: [{ id: 'amount' }] }],
          roles: [{ id: 'planner', modules: { spend: 'write' }, versions: { budget: 'write' } }],
          assignments: assigned.map((user, k) => ({ user, role: k % 20 === 0 ? 'fullAccess' : 'planner' })),
          selectiveAccess: grants,
          internalAlias: { selectiveAccess: [{ list: 'region', item: 'r0', level: 'read' }] },
        },
      ],
    },
  }
  return { input, names: { leaves: leaves.map((l) => l.id), products, assigned } }
}
