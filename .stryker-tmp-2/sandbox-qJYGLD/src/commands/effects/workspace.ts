// @ts-nocheck
import type { AddToWorkspace, RemoveFromWorkspace, SetModelRole, SetWorkspaceAdmin } from '../../domain/actions/workspace.js'
import type { Resource } from '../../domain/resource.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'
import { putMembership, putModelAccess } from '../edit.js'
import { changed, onTarget, quoted, refuse, type Effect } from './effect.js'
import { defaultRoleFromModel, joinWorkspace, leaveWorkspace, noAccessEverywhere } from './membership.js'

/**
 * R23–R25: add a user to a workspace. From a model (F31): the chosen role there (No Access when none
 * is chosen), and in the other models Full Access for a workspace administrator, No Access for others.
 * From Administration (F32) or by import (F33): No Access in every model, as a non-administrator.
 *
 * @example
 * ```ts
 * addUser(tenant, { type: 'workspace.addUser', workspace: ws, via: 'administration' }, resource.user(bob))
 * ```
 */
export const addUser = (tenant: TenantSnapshot, action: AddToWorkspace, target: Resource): Effect =>
  onTarget(tenant, target, (user) => {
    const workspace = tenant.workspaces.get(action.workspace)
    if (workspace === undefined) return refuse('action.workspace', `unknown workspace '${action.workspace}'`)
    if (action.via !== 'model') return changed(joinWorkspace(tenant, workspace.id, user.id, noAccessEverywhere))
    if (action.model === undefined) return refuse('action.model', 'adding from a model needs the model (F31)')
    if (!workspace.models.includes(action.model)) return refuse('action.model', `model '${action.model}' is not in workspace '${workspace.id}'`)
    const role = action.role ?? noAccessEverywhere()
    if (tenant.models.get(action.model)?.roles.has(role) !== true) return refuse('action.role', `model '${action.model}' has no role '${role}'`)
    return changed(joinWorkspace(tenant, workspace.id, user.id, defaultRoleFromModel, { model: action.model, role }))
  })

/**
 * R24, R25: remove a user from a workspace, with their roles and selective access in its models.
 * Removing someone who is not a member changes nothing (I5).
 *
 * @example
 * ```ts
 * removeUser(tenant, { type: 'workspace.removeUser', workspace: ws, via: 'model' }, resource.user(bob))
 * ```
 */
export const removeUser = (tenant: TenantSnapshot, action: RemoveFromWorkspace, target: Resource): Effect =>
  onTarget(tenant, target, (user) =>
    tenant.workspaces.has(action.workspace)
      ? changed(leaveWorkspace(tenant, action.workspace, user.id))
      : refuse('action.workspace', `unknown workspace '${action.workspace}'`),
  )

/**
 * R33: make a member a workspace administrator, or stop it (R32: one or the other).
 *
 * @example
 * ```ts
 * setAdmin(tenant, { type: 'workspace.setAdmin', workspace: ws, admin: true }, resource.user(bob))
 * ```
 */
export const setAdmin = (tenant: TenantSnapshot, action: SetWorkspaceAdmin, target: Resource): Effect =>
  onTarget(tenant, target, (user) => {
    const membership = tenant.workspaces.get(action.workspace)?.members.get(user.id)
    if (membership === undefined) return refuse('action.workspace', `user ${quoted(user.id)} is not a member of workspace '${action.workspace}'`)
    return changed(putMembership(tenant, action.workspace, user.id, { ...membership, admin: action.admin }))
  })

/**
 * R33, F34: give a user their one role in a model.
 *
 * @example
 * ```ts
 * setModelRole(tenant, { type: 'workspace.setModelRole', model: fp, role: id.role('planner') }, resource.user(bob))
 * ```
 */
export const setModelRole = (tenant: TenantSnapshot, action: SetModelRole, target: Resource): Effect =>
  onTarget(tenant, target, (user) => {
    const model = tenant.models.get(action.model)
    if (model === undefined) return refuse('action.model', `unknown model '${action.model}'`)
    if (!model.roles.has(action.role)) return refuse('action.role', `model '${model.id}' has no role '${action.role}'`)
    return changed(putModelAccess(tenant, model.id, user.id, { role: action.role }))
  })
