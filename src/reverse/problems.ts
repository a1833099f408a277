import { actionSpecs, type Action } from '../domain/action.js'
import type { Resource } from '../domain/resource.js'
import { reason, type Reason } from '../decision/reason.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import { lookupCell } from '../snapshot/tenant/cell-lookup.js'
import type { TenantSnapshot } from '../snapshot/tenant/types.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'
import { thrownMessage } from '../internal/thrown.js'
import { sectionOf } from './subjects.js'

const unknown = (kind: string, id: string): Reason => reason('request.unknown_id', { kind, id })

/** The first of `checks` that fails, as an unknown id. */
const firstUnknown = (...checks: readonly (readonly [boolean, string, string])[]): Reason | undefined => {
  const failed = checks.find(([known]) => !known)
  return failed === undefined ? undefined : unknown(failed[1], failed[2])
}

const tenantProblem = (tenant: TenantSnapshot, resource: Resource): Reason | undefined => {
  switch (resource.kind) {
    case 'tenant':
    case 'workplace':
    case 'workplaceConnection':
    case 'project':
    case 'account':
      return undefined
    case 'user':
      return firstUnknown([tenant.users.has(resource.id), 'user', resource.id])
    case 'workspace':
      return firstUnknown([tenant.workspaces.has(resource.id), 'workspace', resource.id])
    case 'model':
      return firstUnknown([tenant.models.has(resource.id), 'model', resource.id])
    case 'list': {
      const model = tenant.models.get(resource.model)
      return firstUnknown([model !== undefined, 'model', resource.model], [model?.lists.has(resource.list) === true, 'list', resource.list])
    }
    case 'listItem': {
      const model = tenant.models.get(resource.model)
      const list = model?.lists.get(resource.list)
      return firstUnknown([model !== undefined, 'model', resource.model], [list !== undefined, 'list', resource.list], [list?.items.has(resource.item) === true, 'item', resource.item])
    }
    case 'cell': {
      const found = lookupCell(tenant, resource)
      if (found.tag !== 'unknown') return undefined
      // As decide answers: a cell that names no item of one of its lists is a malformed request.
      return found.id === undefined ? reason('request.invalid', { path: 'resource.items', message: `the cell names no ${found.kind}` }) : unknown(found.kind, found.id)
    }
    case 'modelAction': {
      const model = tenant.models.get(resource.model)
      return firstUnknown([model !== undefined, 'model', resource.model], [model?.actions.has(resource.action) === true, 'modelAction', resource.action])
    }
    case 'cloudworksConnection':
      return firstUnknown([tenant.connections.has(resource.id), 'connection', resource.id])
    case 'integration':
      return firstUnknown([tenant.integrations.has(resource.id), 'integration', resource.id])
  }
}

const workplaceProblem = (workplace: WorkplaceSnapshot, resource: Resource): Reason | undefined => {
  switch (resource.kind) {
    case 'workplaceConnection':
      return firstUnknown([workplace.connections.has(resource.id), 'connection', resource.id])
    case 'project':
      return firstUnknown([workplace.projects.has(resource.id), 'project', resource.id])
    case 'tenant':
    case 'user':
    case 'workspace':
    case 'model':
    case 'list':
    case 'listItem':
    case 'cell':
    case 'modelAction':
    case 'cloudworksConnection':
    case 'integration':
    case 'workplace':
    case 'account':
      return undefined
  }
}

/**
 * Why a reverse question cannot be answered, or undefined when it can: an action type the engine does
 * not know, a resource of a kind the action does not apply to, a section (tenant, workplace, account)
 * the world lacks, or an id the world does not hold. The reason is one `decide` would give, so
 * `explain` words it. Never throws: anything malformed is `request.invalid`.
 *
 * @example
 * ```ts
 * problemOf(snapshot, { type: 'model.open' }, resource.model(id.model('nope'))) // request.unknown_id { kind: 'model', id: 'nope' }
 * ```
 */
export const problemOf = (world: Snapshot, action: Action, resource: Resource): Reason | undefined => {
  try {
    const type: unknown = action.type
    const kind: unknown = resource.kind
    if (typeof type !== 'string' || !Object.hasOwn(actionSpecs, type)) return reason('request.invalid', { path: 'action.type', message: `unknown action type '${String(type)}'` })
    const spec = actionSpecs[action.type]
    if (!spec.resources.includes(resource.kind)) return reason('request.resource_mismatch', { action: action.type, resource: String(kind) })
    switch (sectionOf(action.type)) {
      case 'tenant':
        return world.tenant === undefined ? unknown('tenant', 'tenant') : tenantProblem(world.tenant, resource)
      case 'workplace':
        return world.workplace === undefined ? unknown('workplace', 'workplace') : workplaceProblem(world.workplace, resource)
      case 'account': {
        const account = world.account
        if (account === undefined) return unknown('account', 'account')
        return resource.kind === 'account' && resource.workspace !== undefined && !account.workspaces.has(resource.workspace)
          ? unknown('workspace', resource.workspace)
          : undefined
      }
    }
  } catch (error) {
    return reason('request.invalid', { path: '(request)', message: `it could not be read: ${thrownMessage(error)}` })
  }
}
