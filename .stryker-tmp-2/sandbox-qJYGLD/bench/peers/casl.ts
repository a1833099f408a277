// @ts-nocheck
import { createMongoAbility, subject, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability'
import { parentsOf, versionsAt, type CellRequest, type Planning, type PlanningUser } from '../workloads/planning.js'

/**
 * Workload 1 as a CASL user would write it: one ability per user, built at sign-in from the role and
 * the selective-access grants; the application loads the cell's attributes (its cost centre's
 * country and region, the driver values) and asks `ability.can`. Rules for one action are OR'ed, so
 * the hierarchy (a grant on a region, a country or a cost centre) and the two driver cases become
 * separate rules; conditions within a rule are AND'ed (the min of the layers).
 */
export type CaslDecide = (request: CellRequest) => boolean

interface Cell {
  readonly version: string
  readonly region: string
  readonly country: string
  readonly costCentre: string
  readonly product: string
  readonly readDriver: boolean
  readonly writeDriver: boolean
}

type Ability = MongoAbility<['read' | 'write', 'Cell' | (Cell & ForcedSubject<'Cell'>)]>

const levels = ['region', 'country', 'costCentre'] as const
const listOf = { region: 'regions', country: 'countries', costCentre: 'costCentres' } as const

/** Builds one user's ability (what an application does once per session). */
export const caslAbility = (world: Planning, user: PlanningUser): Ability => {
  const rules: RawRuleOf<Ability>[] = []
  for (const [action, need] of [['read', 1], ['write', 2]] as const) {
    const versions = versionsAt(world, user, need)
    const granted = (list: string): string[] => user.grants.filter((g) => g.list === list && g.rank >= need).map((g) => g.item)
    const products = granted('products')
    if (versions.length === 0 || products.length === 0) continue
    const drivers = action === 'read' ? [{ readDriver: true }, { writeDriver: true }] : [{ writeDriver: true }]
    for (const level of levels) {
      const items = granted(listOf[level])
      if (items.length === 0) continue
      for (const driver of drivers)
        rules.push({ action, subject: 'Cell', conditions: { version: { $in: versions }, [level]: { $in: items }, product: { $in: products }, ...driver } })
    }
  }
  return createMongoAbility<Ability>(rules)
}

/** The CASL peer over any driver data: per-user abilities, and the application's lookup of the cell's attributes, its driver values from `readDriver` and `writeDriver`. */
export const caslWith = (world: Planning, readDriver: (request: CellRequest) => boolean, writeDriver: (request: CellRequest) => boolean): CaslDecide => {
  const abilities = new Map(world.users.map((u) => [u.id, caslAbility(world, u)]))
  const parentOf = parentsOf(world)
  return (request) => {
    const ability = abilities.get(request.user)
    if (ability === undefined) return false
    const country = parentOf.get(request.costCentre) ?? ''
    const cell: Cell = {
      version: request.version,
      region: parentOf.get(country) ?? '',
      country,
      costCentre: request.costCentre,
      product: request.product,
      readDriver: readDriver(request),
      writeDriver: writeDriver(request),
    }
    return ability.can(request.write ? 'write' : 'read', subject('Cell', cell))
  }
}

/** The CASL peer of workload 1: its read driver by cost centre, its write driver by product. */
export const casl = (world: Planning): CaslDecide =>
  caslWith(
    world,
    (request) => world.readDriver.has(request.costCentre),
    (request) => world.writeDriver.has(request.product),
  )
