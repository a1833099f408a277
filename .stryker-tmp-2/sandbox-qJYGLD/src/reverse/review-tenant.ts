// @ts-nocheck
import type { Action } from '../domain/action.js'
import type { AdminRole } from '../domain/actions/tenant.js'
import { resource, type Resource } from '../domain/resource.js'
import { subject, type Session } from '../domain/subject.js'
import type { Decider } from '../decide.js'
import type { TenantSnapshot, UserRecord } from '../snapshot/tenant/types.js'
import type { RowRequest } from './review-row.js'

/** The act that shows what an administration role gives its holder (F1–F19), on the resource it is about. */
const roleChecks = (tenant: TenantSnapshot, user: UserRecord, role: AdminRole): readonly (readonly [string, Action, Resource])[] => {
  const self = resource.user(user.id)
  switch (role) {
    case 'tenantAdmin':
      return [['tenant', { type: 'tenant.viewDirectory' }, resource.tenant]]
    case 'userAdmin':
      return [['tenant', { type: 'tenant.setAccountStatus', enabled: true }, self]]
    case 'securityAdmin':
      return [['tenant', { type: 'tenant.manageSso' }, resource.tenant]]
    case 'auditor':
      return [['tenant', { type: 'tenant.readAudit' }, resource.tenant]]
    case 'encryptionAdmin':
      return [['tenant', { type: 'tenant.assignRole', role: 'encryptionAdmin' }, self]]
    case 'viewAdmin':
      return [['tenant', { type: 'tenant.viewAssignments' }, resource.tenant]]
    case 'pageBuilder':
      return [['tenant', { type: 'tenant.buildPages' }, resource.tenant]]
    case 'integrationAdmin':
      return [...tenant.workspaces.keys()].map((ws) => [ws, { type: 'cloudworks.create', object: 'integration' }, resource.workspace(ws)])
    case 'restrictedIntegrationUser':
      return [...user.riuWorkspaces].map((ws) => [ws, { type: 'cloudworks.create', object: 'integration' }, resource.workspace(ws)])
  }
}

const adminRoles: readonly AdminRole[] = ['tenantAdmin', 'userAdmin', 'securityAdmin', 'auditor', 'encryptionAdmin', 'viewAdmin', 'pageBuilder', 'integrationAdmin', 'restrictedIntegrationUser']

const holds = (user: UserRecord, role: AdminRole): boolean =>
  role === 'restrictedIntegrationUser' ? user.riuWorkspaces.size > 0 : user.roles.has(role)

/**
 * Administration rows: each role each user holds, in the order of the role list, each with the act it
 * exists for (`tenant.readAudit` for an auditor, `cloudworks.create` in each workspace for an IA and
 * in each assigned workspace for an RIU, …).
 *
 * @example
 * ```ts
 * [...administrationRows(tenant, session)].length
 * ```
 */
export function* administrationRows(tenant: TenantSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const user of tenant.users.values())
    for (const role of adminRoles) {
      if (!holds(user, role)) continue
      for (const [scope, action, target] of roleChecks(tenant, user, role))
        yield { section: 'administration', subject: subject.user(user.id, session), scope, grant: role, action, resource: target }
    }
}

/**
 * Workspace rows: each workspace administrator, with the act only they (and user administrators) may
 * do in it: updating user details by import (R26, R31).
 *
 * @example
 * ```ts
 * [...workspaceRows(tenant, session)].map((row) => row.scope)
 * ```
 */
export function* workspaceRows(tenant: TenantSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const workspace of tenant.workspaces.values())
    for (const [user, membership] of workspace.members)
      if (membership.admin)
        yield {
          section: 'workspace',
          subject: subject.user(user, session),
          scope: workspace.id,
          grant: 'workspaceAdmin',
          action: { type: 'workspace.importUsers', mode: 'updateAttributes' },
          resource: resource.workspace(workspace.id),
        }
}

/**
 * Integration rows: each integration's scheduled run (its actor is the identity every scheduled run
 * uses: run-as user, the alias, or the last runner, A31, A32), then each of its steps decided as that
 * actor, which is what the run will read and write.
 *
 * @example
 * ```ts
 * [...integrationRows(tenant, decider)].filter((row) => row.subject.kind === 'scheduler')
 * ```
 */
export function* integrationRows(tenant: TenantSnapshot, decider: Decider): Generator<RowRequest> {
  for (const integration of tenant.integrations.values()) {
    const run = { section: 'integration', subject: subject.scheduler, scope: integration.id, action: { type: 'cloudworks.run' }, resource: resource.integration(integration.id) } as const
    const actor = decider(run.subject, run.action, run.resource).actor
    const identity = integration.runAs !== undefined ? 'runAs' : integration.restricted ? 'lastRunner' : 'internalAlias'
    yield { ...run, grant: `scheduledRun:${identity}` }
    if (actor === undefined) continue
    for (const [index, step] of integration.steps.entries())
      yield {
        section: 'integration',
        subject: actor,
        scope: `${integration.id}/step ${index + 1}`,
        grant: `runsAs:${identity}`,
        action: { type: 'modelAction.run' },
        resource: resource.modelAction(step.model, step.action),
      }
  }
}
