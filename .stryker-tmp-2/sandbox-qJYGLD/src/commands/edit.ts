// @ts-nocheck
import type { ModelId, RoleId, UserId, WorkspaceId } from '../domain/ids.js'
import { withEntry, withoutEntry } from '../snapshot/persistent/patched-map.js'
import type { Membership, SelectiveAccessGrants, TenantSnapshot, UserRecord } from '../snapshot/tenant/types.js'

/**
 * Edits of a compiled tenant. Each returns a new tenant that shares every record it does not change:
 * the path from the tenant to the changed entry is copied, nothing else, so the cost of an edit does
 * not grow with the number of users (maps are patched, see `withEntry`).
 */

/**
 * The tenant with `user` stored (added or replaced), keeping the tenant administrators index in step.
 *
 * @example
 * ```ts
 * const next = putUser(tenant, { ...alice, enabled: false })
 * ```
 */
export const putUser = (tenant: TenantSnapshot, user: UserRecord): TenantSnapshot => {
  const isAdmin = user.roles.has('tenantAdmin')
  const tenantAdmins =
    isAdmin === tenant.tenantAdmins.has(user.id)
      ? tenant.tenantAdmins
      : new Set(isAdmin ? [...tenant.tenantAdmins, user.id] : [...tenant.tenantAdmins].filter((id) => id !== user.id))
  return { ...tenant, users: withEntry(tenant.users, user.id, user), tenantAdmins }
}

/**
 * The tenant with the user's membership of a workspace set, or removed when `membership` is undefined.
 * The workspace must exist.
 *
 * @example
 * ```ts
 * const next = putMembership(tenant, ws, bob, { admin: false, ssoException: false })
 * ```
 */
export const putMembership = (
  tenant: TenantSnapshot,
  workspace: WorkspaceId,
  user: UserId,
  membership: Membership | undefined,
): TenantSnapshot => {
  const record = tenant.workspaces.get(workspace)
  if (record === undefined) return tenant
  const members = membership === undefined ? withoutEntry(record.members, user) : withEntry(record.members, user, membership)
  return { ...tenant, workspaces: withEntry(tenant.workspaces, workspace, { ...record, members }) }
}

/**
 * The tenant with the user's role in a model set, or removed when `role` is undefined; `grants`, when
 * given, replaces the user's selective-access grants in that model (`null` removes them).
 *
 * @example
 * ```ts
 * const next = putModelAccess(tenant, fp, bob, { role: builtInRoles.noAccess })
 * ```
 */
export const putModelAccess = (
  tenant: TenantSnapshot,
  model: ModelId,
  user: UserId,
  change: { readonly role?: RoleId | null; readonly grants?: SelectiveAccessGrants | null },
): TenantSnapshot => {
  const record = tenant.models.get(model)
  if (record === undefined) return tenant
  const assignments =
    change.role === undefined
      ? record.assignments
      : change.role === null
        ? withoutEntry(record.assignments, user)
        : withEntry(record.assignments, user, change.role)
  const selectiveAccess =
    change.grants === undefined
      ? record.selectiveAccess
      : change.grants === null || change.grants.size === 0
        ? withoutEntry(record.selectiveAccess, user)
        : withEntry(record.selectiveAccess, user, change.grants)
  return { ...tenant, models: withEntry(tenant.models, model, { ...record, assignments, selectiveAccess }) }
}
