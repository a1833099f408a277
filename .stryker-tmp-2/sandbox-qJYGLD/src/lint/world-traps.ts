// @ts-nocheck
import type { UserId } from '../domain/ids.js'
import { integrationRoleOf } from '../rules/integrationRoles/roles.js'
import type { ModelRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import { isCellValues, type CellValues, type DriverRecord, type DriverValues } from '../snapshot/tenant/types.js'
import type { Ungraded } from './findings.js'

/**
 * Findings about a tenant's models and users that decide silently: roles that grant nothing, grants
 * that never apply, line items hidden from everyone, private actions nobody may run, RIU workspaces
 * their user is not a member of. Each reads the compiled records once; `test/lint/world-traps.props.test.ts`
 * checks each against `decide`.
 */

/** A custom role with no module, list or action permission: its holders reach no data (F36–F40). */
const emptyRoles = (model: ModelRecord): readonly Ungraded[] =>
  [...model.roles.values()]
    .filter((role) => role.builtIn === undefined && [...role.modules.values()].every((rank) => rank === 0) && role.lists.size === 0 && role.actions.size === 0)
    .map((role) => ({ code: 'role.grants_nothing', model: model.id, role: role.id }))

/** Why a user's selective-access grants in a model can never apply, or undefined when they may. */
const grantsVoid = (tenant: TenantSnapshot, model: ModelRecord, user: UserId): 'not_member' | 'no_access' | undefined => {
  if (tenant.workspaces.get(model.workspace)?.members.has(user) !== true) return 'not_member'
  const role = model.assignments.get(user)
  const record = role === undefined ? undefined : model.roles.get(role)
  return record === undefined || record.builtIn === 'noAccess' ? 'no_access' : undefined
}

/** Selective-access grants that can never apply (F43, F44, F46): the user cannot reach the model, or the list has no selective access. */
const voidGrants = (tenant: TenantSnapshot, model: ModelRecord): readonly Ungraded[] =>
  [...model.selectiveAccess].flatMap(([user, grants]) => {
    const why = grantsVoid(tenant, model, user)
    return [...grants].flatMap(([list, items]): readonly Ungraded[] => {
      const cause = why ?? (model.lists.get(list)?.selectiveAccess === true ? undefined : 'list_without_selective_access')
      return cause === undefined ? [] : [{ code: 'grant.never_applies', model: model.id, user, list, items: items.size, cause }]
    })
  })

const anyTrue = (values: DriverValues): boolean => (typeof values === 'boolean' ? values : [...values.values()].some(anyTrue))

/** Whether a driver kept by cell reads TRUE at some cell: a set bit, a TRUE value, or a TRUE default on a cell without one. */
const anyCellTrue = (values: CellValues): boolean => {
  if (values.form === 'bitmap') return values.bitmap().some((byte) => byte !== 0)
  const delivered = values.delivered()
  return delivered.some((cell) => values.at(cell)) || (delivered.length < values.cells && values.at(firstUndelivered(delivered)))
}

/** The lowest cell number not in `delivered` (one exists: there are fewer of them than cells). */
const firstUndelivered = (delivered: readonly number[]): number => {
  const given = new Set(delivered)
  let cell = 0
  while (given.has(cell)) cell += 1
  return cell
}

/** Whether a driver reads TRUE at some cell; a TRUE default over nested maps counts as open (no finding is better than a false one). */
const opens = (driver: DriverRecord): boolean =>
  isCellValues(driver.values) ? anyCellTrue(driver.values) : driver.defaultValue === true || anyTrue(driver.values)

/** Line items whose read driver is FALSE for every cell: hidden from everyone (F47, A33). */
const hiddenLineItems = (model: ModelRecord): readonly Ungraded[] =>
  [...model.modules.values()].flatMap((module) =>
    [...module.lineItems.values()].flatMap((lineItem): readonly Ungraded[] => {
      const driver = lineItem.readDriver === undefined ? undefined : model.drivers.get(lineItem.readDriver)
      if (driver === undefined) return []
      return opens(driver) ? [] : [{ code: 'lineItem.hidden_everywhere', model: model.id, module: module.id, lineItem: lineItem.id, driver: driver.id }]
    }),
  )

/** Private actions whose creator (compile checks they exist) can no longer run them: disabled, or no member of the workspace (F41). */
const orphanActions = (tenant: TenantSnapshot, model: ModelRecord): readonly Ungraded[] =>
  [...model.actions.values()].flatMap((action): readonly Ungraded[] => {
    const creator = action.visibility === 'private' && action.createdBy !== undefined ? tenant.users.get(action.createdBy) : undefined
    if (creator === undefined) return []
    const cause = !creator.enabled ? 'disabled' : tenant.workspaces.get(model.workspace)?.members.has(creator.id) === true ? undefined : 'not_member'
    return cause === undefined ? [] : [{ code: 'modelAction.creator_cannot_run', model: model.id, action: action.id, creator: creator.id, cause }]
  })

/**
 * R6: a Restricted Integration User assigned workspaces they are not a member of. A holder of both
 * integration roles counts as integration administrator (A46), so their RIU workspaces are moot: they
 * are named by `user.both_integration_roles` instead.
 */
const riuOutsideWorkspaces = (tenant: TenantSnapshot): readonly Ungraded[] =>
  [...tenant.users.values()].filter((user) => integrationRoleOf(user) === 'restrictedIntegrationUser').flatMap((user) =>
    [...user.riuWorkspaces]
      .filter((ws) => tenant.workspaces.get(ws)?.members.has(user.id) !== true)
      .map((workspace): Ungraded => ({ code: 'user.riu_workspace_not_member', user: user.id, workspace })),
  )

/**
 * Every finding about the tenant's models and users, models first in world order.
 *
 * @example
 * ```ts
 * tenantTraps(tenant).filter((f) => f.code === 'role.grants_nothing')
 * ```
 */
export const tenantTraps = (tenant: TenantSnapshot): readonly Ungraded[] => [
  ...[...tenant.models.values()].flatMap((model) => [...emptyRoles(model), ...voidGrants(tenant, model), ...hiddenLineItems(model), ...orphanActions(tenant, model)]),
  ...riuOutsideWorkspaces(tenant),
]
