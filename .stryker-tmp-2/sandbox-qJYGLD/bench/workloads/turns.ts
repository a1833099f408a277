// @ts-nocheck
import type { CellRequest, Planning } from './planning.js'
import { random } from './random.js'

/**
 * Shape B's requests: each from a user drawn at random among the first `users` of the world, on a
 * cost centre drawn half of the time under one of the user's grants (the granted cost centre, or a
 * cost centre of a granted country or region) and half of the time at random, and a product drawn
 * likewise. Cheap to draw for a million-item world: the hierarchy's children are indexed once.
 */
export const randomUserRequests = (world: Planning, users: number, count: number, seed = 11): CellRequest[] => {
  const rng = random(seed)
  const children = new Map<string, string[]>()
  for (const child of [...world.countries, ...world.costCentres]) {
    const siblings = children.get(child.parent)
    if (siblings === undefined) children.set(child.parent, [child.id])
    else siblings.push(child.id)
  }
  const costCentreUnder = (item: string): string => {
    let at = item
    for (let kids = children.get(at); kids !== undefined; kids = children.get(at)) at = rng.pick(kids)
    return at
  }
  const requests: CellRequest[] = []
  for (let i = 0; i < count; i++) {
    const user = world.users[rng.int(Math.min(users, world.users.length))]!
    const hierarchy = user.grants.filter((g) => g.list !== 'products')
    const products = user.grants.filter((g) => g.list === 'products')
    const costCentre = hierarchy.length > 0 && rng.chance(0.5) ? costCentreUnder(rng.pick(hierarchy).item) : rng.pick(world.costCentres).id
    const product = products.length > 0 && rng.chance(0.5) ? rng.pick(products).item : rng.pick(world.products)
    requests.push({ user: user.id, version: rng.pick(world.versions), costCentre, product, write: rng.chance(0.5) })
  }
  return requests
}
