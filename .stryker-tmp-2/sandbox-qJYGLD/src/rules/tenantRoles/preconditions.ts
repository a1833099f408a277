// @ts-nocheck
import type { AdminRole } from '../../domain/actions/tenant.js'
import type { UserId } from '../../domain/ids.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'

/**
 * Whether the user is a workspace administrator of a workspace that holds at least one model: the
 * precondition of the Integration Administrator role (F17, I19).
 *
 * @example
 * ```ts
 * if (!administersAModel(tenant, user.id)) return verdict.cap(0, …)
 * ```
 */
export const administersAModel = (tenant: TenantSnapshot, user: UserId): boolean =>
  [...tenant.workspaces.values()].some((workspace) => workspace.models.length > 0 && workspace.members.get(user)?.admin === true)

/**
 * Whether the user has access to at least one model: a member of the model's workspace whose role
 * there is not No Access (F12, the Page Builder precondition). A member without a role has none.
 *
 * @example
 * ```ts
 * if (!accessesAModel(tenant, user.id)) return verdict.cap(0, …)
 * ```
 */
export const accessesAModel = (tenant: TenantSnapshot, user: UserId): boolean =>
  [...tenant.models.values()].some((model) => {
    const role = model.assignments.get(user)
    const member = tenant.workspaces.get(model.workspace)?.members.has(user) === true
    return member && role !== undefined && model.roles.get(role)?.builtIn !== 'noAccess'
  })

/**
 * The enabled tenant administrators other than `user`: when there are none, `user` is the last one (F7, I20).
 *
 * @example
 * ```ts
 * const isLast = otherTenantAdmins(tenant, user.id) === 0
 * ```
 */
export const otherTenantAdmins = (tenant: TenantSnapshot, user: UserId): number =>
  [...tenant.tenantAdmins].filter((admin) => admin !== user && tenant.users.get(admin)?.enabled === true).length

/**
 * Whether the user holds the administration role, the Restricted Integration User included (R2).
 *
 * @example
 * ```ts
 * holdsRole(user, 'restrictedIntegrationUser')
 * ```
 */
export const holdsRole = (user: UserRecord, role: AdminRole): boolean =>
  role === 'restrictedIntegrationUser' ? user.riuWorkspaces.size > 0 : user.roles.has(role)
