// @ts-nocheck
import { id, type RoleId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import { onResource } from '../../rule/combinators.js'
import type { Rule } from '../../rule/rule.js'
import type { ModelRecord, TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import { ifKnown, withActingUser } from '../shared/acting-user.js'
import { unknownId } from '../shared/lookups.js'
import { byWorkspaceAdmin } from './admin.js'

/** A WSA's act on a model, with what the act itself needs of the model. */
const onModel = <T extends 'model.createRole' | 'model.setRolePermissions' | 'model.deleteRole'>(
  check: (model: ModelRecord, action: Parameters<Rule<T>>[0]['action']) => Verdicts,
): Rule<T> =>
  onResource<T, 'model'>('model', (request, target, { world }) =>
    withActingUser(request, world, (tenant: TenantSnapshot, actor: UserRecord) =>
      ifKnown(tenant.models.get(target.id), 'model', target.id, (model) => verdict.concat(byWorkspaceAdmin(tenant, actor, model), check(model, request.action))),
    ),
  )

/** A custom role of the model: unknown ids are `request.unknown_id`, the two built-in roles are fixed (F37). */
const customRole = (model: ModelRecord, role: RoleId): Verdicts => {
  const record = model.roles.get(role)
  if (record === undefined) return unknownId('role', role)
  return record.builtIn === undefined ? verdict.skip : verdict.cap(0, reason('model_administration.built_in_role', { role }))
}

/** Every key of a permission group the model holds. */
const known = (ids: readonly string[], holds: (id: string) => boolean, kind: string): Verdicts => {
  const missing = ids.find((key) => !holds(key))
  return missing === undefined ? verdict.skip : unknownId(kind, missing)
}

/**
 * `model.createRole` (R36, F34): a WSA adds a custom role under an id the model does not use; it
 * starts with no permission at all (F37, F38, I15).
 *
 * @example
 * ```ts
 * ruleModule('modelAdministration', { 'model.createRole': createRole })
 * ```
 */
export const createRole: Rule<'model.createRole'> = onModel<'model.createRole'>((model, action) =>
  model.roles.has(action.role) ? verdict.cap(0, reason('model_administration.role_exists', { role: action.role })) : verdict.skip,
)

/**
 * `model.setRolePermissions` (R36, F37–F40): a WSA sets a custom role's module, version, list and
 * action permissions; every id named must be the model's, and Full Access and No Access are fixed.
 *
 * @example
 * ```ts
 * ruleModule('modelAdministration', { 'model.setRolePermissions': setRolePermissions })
 * ```
 */
export const setRolePermissions: Rule<'model.setRolePermissions'> = onModel<'model.setRolePermissions'>((model, action) =>
  verdict.concat(
    customRole(model, action.role),
    known(Object.keys(action.modules ?? {}), (key) => model.modules.has(id.module(key)), 'module'),
    known(Object.keys(action.versions ?? {}), (key) => model.versions.has(id.version(key)), 'version'),
    known(action.lists ?? [], (key) => model.lists.has(id.list(key)), 'list'),
    known(action.actions ?? [], (key) => model.actions.has(id.modelAction(key)), 'model action'),
  ),
)

/**
 * `model.deleteRole`: a WSA deletes a custom role nobody holds; a role some user holds is refused
 * (`model_administration.role_in_use`), so nobody is moved to another role without being named.
 *
 * @example
 * ```ts
 * ruleModule('modelAdministration', { 'model.deleteRole': deleteRole })
 * ```
 */
export const deleteRole: Rule<'model.deleteRole'> = onModel<'model.deleteRole'>((model, action) => {
  const fixed = customRole(model, action.role)
  if (fixed.length > 0) return fixed
  let holders = 0
  for (const role of model.assignments.values()) if (role === action.role) holders++
  return holders === 0 ? verdict.skip : verdict.cap(0, reason('model_administration.role_in_use', { role: action.role, holders }))
})
