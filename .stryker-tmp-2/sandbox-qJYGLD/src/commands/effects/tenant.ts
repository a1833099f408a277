// @ts-nocheck
import type { SetRunAs } from '../../domain/actions/cloudworks.js'
import type { AssignRole, CreateInternalUser, SetSsoException, SetSwitch, UnassignRole } from '../../domain/actions/tenant.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import type { Resource } from '../../domain/resource.js'
import type { Actor, Subject } from '../../domain/subject.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'
import { putMembership, putUser } from '../edit.js'
import { changed, onTarget, quoted, refuse, type Effect } from './effect.js'
import { joinWorkspace, noAccessEverywhere } from './membership.js'

/**
 * R2: assign an administration role. The Restricted Integration User comes with its workspaces, which
 * replace any it held; it needs at least one (R3, I18), and it and the Integration Administrator are for
 * internal users only (F17, A22).
 *
 * @example
 * ```ts
 * assignRole(tenant, { type: 'tenant.assignRole', role: 'userAdmin' }, resource.user(bob))
 * ```
 */
export const assignRole = (tenant: TenantSnapshot, action: AssignRole, target: Resource): Effect =>
  onTarget(tenant, target, (user) => {
    const integration = action.role === 'restrictedIntegrationUser' || action.role === 'integrationAdmin'
    if (integration && user.kind === 'visiting') return refuse('resource.id', `${action.role} is for internal users only (F17, A22)`)
    if (action.role !== 'restrictedIntegrationUser') return changed(putUser(tenant, { ...user, roles: new Set([...user.roles, action.role]) }))
    const workspaces = action.workspaces ?? []
    if (workspaces.length === 0) return refuse('action.workspaces', 'a restricted integration user needs at least one workspace (R3, I18)')
    const unknown = workspaces.findIndex((ws) => !tenant.workspaces.has(ws))
    if (unknown >= 0) return refuse(`action.workspaces[${unknown}]`, `unknown workspace '${workspaces[unknown] ?? ''}'`)
    return changed(putUser(tenant, { ...user, riuWorkspaces: new Set(workspaces) }))
  })

/**
 * Remove an administration role; removing the Restricted Integration User clears its workspaces.
 *
 * @example
 * ```ts
 * unassignRole(tenant, { type: 'tenant.unassignRole', role: 'userAdmin' }, resource.user(bob))
 * ```
 */
export const unassignRole = (tenant: TenantSnapshot, action: UnassignRole, target: Resource): Effect =>
  onTarget(tenant, target, (user) =>
    changed(
      putUser(
        tenant,
        action.role === 'restrictedIntegrationUser'
          ? { ...user, riuWorkspaces: new Set() }
          : { ...user, roles: new Set([...user.roles].filter((role) => role !== action.role)) },
      ),
    ),
  )

/**
 * R7, F9: create an internal user, assigned to workspaces as part of creation, with No Access in every
 * model of them (F32: provisioning from Administration).
 *
 * @example
 * ```ts
 * createInternalUser(tenant, { type: 'tenant.createInternalUser', user: id.user('eve'), email: 'eve@x.io', workspaces: [] })
 * ```
 */
export const createInternalUser = (tenant: TenantSnapshot, action: CreateInternalUser): Effect => {
  if (tenant.users.has(action.user)) return refuse('action.user', `user ${quoted(action.user)} already exists`)
  const unknown = action.workspaces.findIndex((ws) => !tenant.workspaces.has(ws))
  if (unknown >= 0) return refuse(`action.workspaces[${unknown}]`, `unknown workspace '${action.workspaces[unknown] ?? ''}'`)
  const created = putUser(tenant, {
    id: action.user,
    kind: 'internal',
    email: action.email,
    enabled: true,
    roles: new Set(),
    riuWorkspaces: new Set(),
  })
  return changed(action.workspaces.reduce((next, ws) => joinWorkspace(next, ws, action.user, noAccessEverywhere), created))
}

/**
 * F5, R28: disable or re-enable a user's platform access.
 *
 * @example
 * ```ts
 * setAccountStatus(tenant, false, resource.user(bob))
 * ```
 */
export const setAccountStatus = (tenant: TenantSnapshot, enabled: boolean, target: Resource): Effect =>
  onTarget(tenant, target, (user) => changed(putUser(tenant, { ...user, enabled })))

/**
 * R30, F13, F14: turn a tenant switch on or off.
 *
 * @example
 * ```ts
 * setSwitch(tenant, { type: 'tenant.setSwitch', switch: 'userManagement', on: true })
 * ```
 */
export const setSwitch = (tenant: TenantSnapshot, action: SetSwitch): Effect =>
  changed({ ...tenant, switches: { ...tenant.switches, [action.switch]: action.on } })

/**
 * F14, F15: make a member of a workspace an SSO exception user there, or stop it.
 *
 * @example
 * ```ts
 * setSsoException(tenant, { type: 'tenant.setSsoException', workspace: ws, on: true }, resource.user(bob))
 * ```
 */
export const setSsoException = (tenant: TenantSnapshot, action: SetSsoException, target: Resource): Effect =>
  onTarget(tenant, target, (user) => {
    const membership = tenant.workspaces.get(action.workspace)?.members.get(user.id)
    if (membership === undefined) return refuse('action.workspace', `user ${quoted(user.id)} is not a member of workspace '${action.workspace}'`)
    return changed(putMembership(tenant, action.workspace, user.id, { ...membership, ssoException: action.on }))
  })

/**
 * R20, A32: set the user an integration runs as, or clear it (`user: null`). Who may is the
 * integrationRoles module's decision.
 *
 * @example
 * ```ts
 * setRunAs(tenant, { type: 'cloudworks.setRunAs', user: id.user('ivy') }, resource.integration(id.integration('nightly')))
 * ```
 */
export const setRunAs = (tenant: TenantSnapshot, action: SetRunAs, target: Resource): Effect => {
  const integration = target.kind === 'integration' ? tenant.integrations.get(target.id) : undefined
  if (integration === undefined) return refuse('resource', 'not an integration of the tenant')
  if (action.user !== null && !tenant.users.has(action.user)) return refuse('action.user', `unknown user ${quoted(action.user)}`)
  const runAs = action.user ?? undefined
  return changed({ ...tenant, integrations: withEntry(tenant.integrations, integration.id, { ...integration, runAs }) })
}

/**
 * A31: a manual run of a restricted integration that acted as the user who ran it records them as its
 * last runner, the identity of its next scheduled run. Any other run (unrestricted, run as someone
 * else, or scheduled) changes nothing. Whether the run may happen is the integrationRoles module's
 * decision; `actor` is the identity that decision ran as.
 *
 * @example
 * ```ts
 * recordRun(tenant, subject.user(id.user('rita')), subject.user(id.user('rita')), resource.integration(id.integration('nightly')))
 * ```
 */
export const recordRun = (tenant: TenantSnapshot, trigger: Subject, actor: Actor | undefined, target: Resource): Effect => {
  const integration = target.kind === 'integration' ? tenant.integrations.get(target.id) : undefined
  if (integration === undefined) return refuse('resource', 'not an integration of the tenant')
  const ranAsTrigger = trigger.kind === 'user' && actor?.kind === 'user' && actor.id === trigger.id
  if (!integration.restricted || !ranAsTrigger || integration.lastRunBy === trigger.id) return changed(tenant)
  return changed({ ...tenant, integrations: withEntry(tenant.integrations, integration.id, { ...integration, lastRunBy: trigger.id }) })
}
