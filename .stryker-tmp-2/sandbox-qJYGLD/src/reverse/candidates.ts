// @ts-nocheck
import type { Action } from '../domain/action.js'
import type { UserId } from '../domain/ids.js'
import type { Resource } from '../domain/resource.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import { lookupCell } from '../snapshot/tenant/cell-lookup.js'
import type { ListRecord, ModelRecord } from '../snapshot/tenant/types.js'
import { chainHolders, type ModelIndex, type ReverseIndexes } from './indexes.js'
import { sectionOf } from './subjects.js'

/**
 * The users `decide` might allow a request: every user of the section (`all`), or a set outside of
 * which every user is denied. A candidate set is never used to answer, only to skip users whose answer
 * is a known deny: each candidate is still decided.
 *
 * @example
 * ```ts
 * const who: Candidates = { tag: 'some', users: [id.user('ana')] }
 * ```
 */
export type Candidates = { readonly tag: 'all' } | { readonly tag: 'some'; readonly users: readonly UserId[] }

const all: Candidates = { tag: 'all' }

/** One selective-access dimension of a request: a list with selective access and the item it names. */
interface Limit {
  readonly list: ListRecord
  readonly index: number
}

/**
 * The users who may pass selective access on every limited dimension: a grant covering the item (on it
 * or an ancestor, F45c) in the dimension with the fewest such holders, or the workspace's
 * administrators (A2); only those assigned a role or administering the workspace can be allowed at all.
 */
const limitedBy = (model: ModelRecord, index: ModelIndex, limits: readonly Limit[]): Candidates => {
  if (limits.length === 0) return { tag: 'some', users: index.reach }
  let narrowest: readonly (readonly UserId[])[] = []
  let size = Infinity
  for (const limit of limits) {
    const chain = chainHolders(model, index, limit.list, limit.index)
    const count = chain.reduce((sum, holders) => sum + holders.length, 0)
    if (count < size) [narrowest, size] = [chain, count]
  }
  const users = new Set<UserId>()
  for (const holders of narrowest) for (const user of holders) if (model.assignments.has(user) || index.admins.has(user)) users.add(user)
  for (const user of index.admins) users.add(user)
  return { tag: 'some', users: [...users] }
}

const modelCandidates = (world: Snapshot, indexes: ReverseIndexes, resource: Resource): Candidates | undefined => {
  const tenant = world.tenant
  switch (resource.kind) {
    case 'cell': {
      const found = lookupCell(tenant, resource)
      if (found.tag === 'unknown') return undefined
      const index = indexes.model(found.model)
      const limits = found.dimensions.filter((d) => d.list.selectiveAccess).map((d) => ({ list: d.list, index: d.index }))
      return limitedBy(found.model, index, limits)
    }
    case 'listItem': {
      const model = tenant?.models.get(resource.model)
      const list = model?.lists.get(resource.list)
      const item = list?.items.get(resource.item)
      if (model === undefined || list === undefined || item === undefined) return undefined
      return limitedBy(model, indexes.model(model), list.selectiveAccess ? [{ list, index: item }] : [])
    }
    case 'model':
    case 'list':
    case 'modelAction': {
      const model = tenant?.models.get(resource.kind === 'model' ? resource.id : resource.model)
      return model === undefined ? undefined : { tag: 'some', users: indexes.model(model).reach }
    }
    case 'tenant':
    case 'user':
    case 'workspace':
    case 'cloudworksConnection':
    case 'integration':
    case 'workplace':
    case 'workplaceConnection':
    case 'project':
    case 'account':
      return undefined
  }
}

/**
 * The candidates of a request for the default policy:
 * - an act inside a model (its cells, list items, lists, actions, opening and managing it): the users
 *   assigned a role in the model and its workspace's administrators (I9, I16, F35), narrowed on cells
 *   and list items of selective-access lists to the holders of a grant covering the item, and the
 *   administrators who bypass it (F43, F45, A2);
 * - any other act of the planning tenant (administration, workspaces, CloudWorks): the holders of an
 *   administration role or of RIU workspaces, and workspace administrators (R22, R33, F19);
 * - the workplace and the account: every user.
 * `test/reverse/who-can.props.test.ts` checks on generated worlds that no user outside the candidates
 * is ever allowed.
 *
 * @example
 * ```ts
 * candidatesFor(snapshot, indexes, { type: 'cell.read', channel: 'interactive' }, cell)
 * ```
 */
export const candidatesFor = (world: Snapshot, indexes: ReverseIndexes, action: Action, resource: Resource): Candidates => {
  if (sectionOf(action.type) !== 'tenant') return all
  const inModel = modelCandidates(world, indexes, resource)
  if (inModel !== undefined) return inModel
  return { tag: 'some', users: [...indexes.privileged()] }
}
