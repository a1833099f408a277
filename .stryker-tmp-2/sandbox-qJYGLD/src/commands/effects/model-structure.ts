// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { CreateModelRole, DeleteModelRole, SetAliasAccess, SetRolePermissions } from '../../domain/actions/modelAdministration.js'
import type { ModelId } from '../../domain/ids.js'
import type { Resource } from '../../domain/resource.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import { problems, type Problems } from '../../snapshot/errors.js'
import type { InternalAliasInput, ModelInput, RoleInput } from '../../snapshot/input/tenant.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import { buildRoles } from '../../snapshot/tenant/roles.js'
import { aliasGrants } from '../../snapshot/tenant/selective-access.js'
import type { ModelRecord } from '../../snapshot/tenant/types.js'

/**
 * A model structure act: a custom role created, given permissions or deleted, or the alias's selective
 * access on an item.
 *
 * @example
 * ```ts
 * const act: ModelStructureAct = { type: 'model.createRole', role: id.role('reviewer') }
 * ```
 */
export type ModelStructureAct = CreateModelRole | SetRolePermissions | DeleteModelRole | SetAliasAccess

type Rebuilt = Either<readonly Reason[], Pick<Snapshot, 'tenant' | 'input'>>

const refuse = (path: string, message: string): Rebuilt => left([reason('commands.integrity', { path, message })])

const withPermissions = (role: RoleInput, action: SetRolePermissions): RoleInput => ({
  ...role,
  ...(action.modules === undefined ? {} : { modules: action.modules }),
  ...(action.versions === undefined ? {} : { versions: action.versions }),
  ...(action.lists === undefined ? {} : { lists: action.lists }),
  ...(action.actions === undefined ? {} : { actions: action.actions }),
})

const rolesAfter = (roles: readonly RoleInput[], action: CreateModelRole | SetRolePermissions | DeleteModelRole): readonly RoleInput[] => {
  switch (action.type) {
    case 'model.createRole':
      return [...roles, { id: action.role }]
    case 'model.setRolePermissions':
      return roles.map((role) => (role.id === action.role ? withPermissions(role, action) : role))
    case 'model.deleteRole':
      return roles.filter((role) => role.id !== action.role)
  }
}

const aliasAfter = (alias: InternalAliasInput | undefined, list: string, action: SetAliasAccess): InternalAliasInput => {
  const others = (alias?.selectiveAccess ?? []).filter((grant) => grant.list !== list || grant.item !== action.item)
  return { ...alias, selectiveAccess: action.level === 'none' ? others : [...others, { list, item: action.item, level: action.level }] }
}

/** The model input with the act applied, and its record rebuilt from it through the builders `compile` uses. */
const rebuild = (
  input: ModelInput,
  record: ModelRecord,
  action: ModelStructureAct,
  target: Resource,
  path: string,
  found: Problems,
): { readonly input: ModelInput; readonly record: ModelRecord } => {
  if (action.type === 'selectiveAccess.setAliasAccess') {
    const list = target.kind === 'list' ? target.list : ''
    const internalAlias = aliasAfter(input.internalAlias, list, action)
    return { input: { ...input, internalAlias }, record: { ...record, internalAlias: aliasGrants(internalAlias, `${path}.internalAlias`, record.lists, found) } }
  }
  const roles = rolesAfter(input.roles ?? [], action)
  const built = buildRoles(roles, `${path}.roles`, record, found)
  return { input: { ...input, roles }, record: { ...record, roles: built, hasCustomRoles: built.size > 2 } }
}

/**
 * A model structure act (R36, F29, F34, F37–F40): the model's roles, or its alias's grants, rebuilt
 * through the builder `compile` uses from the model's input as it stands with the act applied. Only
 * that part of the one model is rebuilt: the cost is that of its roles (or of the alias's grants), not
 * of the model's users, lists or drivers. A change `compile` would reject is refused with
 * `commands.integrity`, naming the path of the first error. Returns the new tenant and the input
 * `encode` reads the model's structure back from.
 *
 * @example
 * ```ts
 * rebuiltModel(snapshot, id.model('fp'), { type: 'model.createRole', role: id.role('reviewer') }, resource.model(id.model('fp')))
 * ```
 */
export const rebuiltModel = (snapshot: Snapshot, modelId: ModelId, action: ModelStructureAct, target: Resource): Rebuilt => {
  const { tenant, input } = snapshot
  const record = tenant?.models.get(modelId)
  const index = input.tenant?.models.findIndex((model) => model.id === modelId) ?? -1
  const delivered = input.tenant?.models[index]
  if (tenant === undefined || input.tenant === undefined || record === undefined || delivered === undefined)
    return refuse('resource', `not a model of the tenant`)
  const found = problems()
  const next = rebuild(delivered, record, action, target, `tenant.models[${index}]`, found)
  const [first] = found.list()
  if (first !== undefined) return refuse(first.path, first.message)
  const models = input.tenant.models.map((model, i) => (i === index ? next.input : model))
  return right({ tenant: { ...tenant, models: withEntry(tenant.models, modelId, next.record) }, input: { ...input, tenant: { ...input.tenant, models } } })
}
