// @ts-nocheck
import * as cedar from '@cedar-policy/cedar-wasm/nodejs'
import { parentsOf, versionsAt, type CellRequest, type Planning, type PlanningUser } from '../workloads/planning.js'

/**
 * Workload 1 as a Cedar user would write it: two static policies; the selective-access hierarchy is
 * Cedar's entity hierarchy (CostCentre in Country in Region), so `in` walks it; the user carries the
 * sets of items they may read and write, the role the versions. Policies are parsed once
 * (`preparsePolicySet`); each request passes the entities it touches (the user, the role, the cell
 * and its items with their ancestors), as a service slicing its entity store would.
 */
export type CedarDecide = (request: CellRequest) => boolean

const policies = `
permit (principal, action == Action::"read", resource is Cell)
when {
  principal.role.readVersions.contains(resource.version) &&
  resource.costCentre in principal.readable &&
  resource.product in principal.readable &&
  (resource.readDriver || resource.writeDriver)
};
permit (principal, action == Action::"write", resource is Cell)
when {
  principal.role.writeVersions.contains(resource.version) &&
  resource.costCentre in principal.writable &&
  resource.product in principal.writable &&
  resource.writeDriver
};`

const policySetId = 'accessgrid-bench-planning'

type EntityJson = cedar.EntityJson
const uid = (type: string, id: string): { type: string; id: string } => ({ type, id })
const ref = (type: string, id: string): { __entity: { type: string; id: string } } => ({ __entity: uid(type, id) })
const typeOfList = { regions: 'Region', countries: 'Country', costCentres: 'CostCentre', products: 'Product' } as const

const userEntities = (world: Planning, user: PlanningUser): readonly EntityJson[] => {
  const items = (need: number): ReturnType<typeof ref>[] =>
    user.grants.filter((g) => g.rank >= need).map((g) => ref(typeOfList[g.list], g.item))
  return [
    { uid: uid('User', user.id), attrs: { role: ref('Role', user.role), readable: items(1), writable: items(2) }, parents: [] },
    { uid: uid('Role', user.role), attrs: { readVersions: versionsAt(world, user, 1), writeVersions: versionsAt(world, user, 2) }, parents: [] },
  ]
}

/** Parses the policies once; throws if Cedar rejects them. */
export const prepareCedar = (): void => {
  const parsed = cedar.preparsePolicySet(policySetId, { staticPolicies: policies })
  if (parsed.type !== 'success') throw new Error(`cedar: ${JSON.stringify(parsed.errors)}`)
}

/** The Cedar peer. */
export const cedarPeer = (world: Planning): CedarDecide => {
  prepareCedar()
  const users = new Map(world.users.map((u) => [u.id, userEntities(world, u)]))
  const parentOf = parentsOf(world)
  const read = uid('Action', 'read')
  const write = uid('Action', 'write')
  return (request) => {
    const principal = users.get(request.user)
    if (principal === undefined) return false
    const country = parentOf.get(request.costCentre) ?? ''
    const region = parentOf.get(country) ?? ''
    const entities: EntityJson[] = [
      ...principal,
      {
        uid: uid('Cell', 'cell'),
        attrs: {
          version: request.version,
          costCentre: ref('CostCentre', request.costCentre),
          product: ref('Product', request.product),
          readDriver: world.readDriver.has(request.costCentre),
          writeDriver: world.writeDriver.has(request.product),
        },
        parents: [],
      },
      { uid: uid('CostCentre', request.costCentre), attrs: {}, parents: [uid('Country', country)] },
      { uid: uid('Country', country), attrs: {}, parents: [uid('Region', region)] },
      { uid: uid('Region', region), attrs: {}, parents: [] },
      { uid: uid('Product', request.product), attrs: {}, parents: [] },
    ]
    const answer = cedar.statefulIsAuthorized({
      principal: uid('User', request.user),
      action: request.write ? write : read,
      resource: uid('Cell', 'cell'),
      context: {},
      preparsedPolicySetId: policySetId,
      entities,
    })
    if (answer.type !== 'success') throw new Error(`cedar: ${JSON.stringify(answer.errors)}`)
    return answer.response.decision === 'allow'
  }
}
