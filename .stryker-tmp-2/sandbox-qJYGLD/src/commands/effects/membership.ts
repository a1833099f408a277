// @ts-nocheck
import type { ModelId, RoleId, UserId, WorkspaceId } from '../../domain/ids.js'
import { builtInRoles } from '../../snapshot/tenant/roles.js'
import type { Membership, TenantSnapshot } from '../../snapshot/tenant/types.js'
import { putMembership, putModelAccess } from '../edit.js'

/**
 * Adds a user to a workspace, or keeps their membership when they already belong. Every model of the
 * workspace where they hold no role gets `roleIn(model)`; a model named in `chosen` gets that role
 * whatever they held (F31: the role chosen in the current model).
 *
 * @example
 * ```ts
 * joinWorkspace(tenant, ws, bob, () => builtInRoles.noAccess) // F32: No Access everywhere
 * ```
 */
export const joinWorkspace = (
  tenant: TenantSnapshot,
  workspace: WorkspaceId,
  user: UserId,
  roleIn: (model: ModelId, membership: Membership) => RoleId,
  chosen?: { readonly model: ModelId; readonly role: RoleId },
): TenantSnapshot => {
  const record = tenant.workspaces.get(workspace)
  if (record === undefined) return tenant
  const membership = record.members.get(user) ?? { admin: false, ssoException: false }
  const joined = record.members.has(user) ? tenant : putMembership(tenant, workspace, user, membership)
  return record.models.reduce((next, model) => {
    if (chosen?.model === model) return putModelAccess(next, model, user, { role: chosen.role })
    return next.models.get(model)?.assignments.has(user) === true ? next : putModelAccess(next, model, user, { role: roleIn(model, membership) })
  }, joined)
}

/**
 * Removes a user from a workspace: the membership, and their role and selective-access grants in each
 * of its models (fail closed: adding them again does not bring old access back).
 *
 * @example
 * ```ts
 * leaveWorkspace(tenant, ws, bob)
 * ```
 */
export const leaveWorkspace = (tenant: TenantSnapshot, workspace: WorkspaceId, user: UserId): TenantSnapshot => {
  const record = tenant.workspaces.get(workspace)
  if (record?.members.has(user) !== true) return tenant
  return record.models.reduce(
    (next, model) => putModelAccess(next, model, user, { role: null, grants: null }),
    putMembership(tenant, workspace, user, undefined),
  )
}

/**
 * F31: in the other models of the workspace, a workspace administrator gets Full Access, others No Access.
 *
 * @example
 * ```ts
 * defaultRoleFromModel(fp, { admin: true, ssoException: false }) // 'fullAccess'
 * ```
 */
export const defaultRoleFromModel = (_model: ModelId, membership: Membership): RoleId =>
  membership.admin ? builtInRoles.fullAccess : builtInRoles.noAccess

/**
 * F32, F33: provisioning from Administration or by import gives No Access in every model.
 *
 * @example
 * ```ts
 * joinWorkspace(tenant, ws, bob, noAccessEverywhere)
 * ```
 */
export const noAccessEverywhere = (): RoleId => builtInRoles.noAccess
