import type { WorkspaceId } from '../../domain/ids.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { TenantSnapshot, UserRecord } from '../../snapshot/tenant/types.js'
import { membershipOf } from '../shared/lookups.js'

/**
 * The integration role a user counts as: a holder of both counts as integration administrator (F20, A4).
 *
 * @example
 * ```ts
 * const role: IntegrationRole = 'restrictedIntegrationUser'
 * ```
 */
export type IntegrationRole = 'integrationAdmin' | 'restrictedIntegrationUser' | 'none'

/**
 * The integration role a user counts as (F20, A4, I28).
 *
 * @example
 * ```ts
 * integrationRoleOf(user) // 'integrationAdmin' for a holder of both roles
 * ```
 */
export const integrationRoleOf = (user: UserRecord): IntegrationRole =>
  user.roles.has('integrationAdmin') ? 'integrationAdmin' : user.riuWorkspaces.size > 0 ? 'restrictedIntegrationUser' : 'none'

/**
 * Whose scope is checked: the requester, the integration's run-as user, a step's run-as user or its last runner.
 *
 * @example
 * ```ts
 * const identity: Identity = 'lastRunner'
 * ```
 */
export type Identity = 'subject' | 'runAs' | 'stepRunAs' | 'lastRunner'

/**
 * A CloudWorks object as far as scope is concerned (F21): what it is, where it lives, who may use it.
 *
 * @example
 * ```ts
 * const nightly: ScopedObject = { object: 'integration', id: 'nightly', workspace: id.workspace('ws1'), restricted: true }
 * ```
 */
export interface ScopedObject {
  readonly object: 'connection' | 'integration'
  readonly id: string
  readonly workspace: WorkspaceId
  readonly restricted: boolean
}

/**
 * Whether a user may manage (and run) a CloudWorks object: a grant when their role's partition and
 * scope include it, a `cap(0)` for each reason it does not (F18–F22, F24, I26, I27, A5, A30, A44).
 * A disabled run-as user or last runner is capped here; a disabled requester is capped by the
 * tenant roles module (`tenant_roles.account_disabled`), which covers every act.
 *
 * @example
 * ```ts
 * scopeVerdicts(tenant, riu, { object: 'integration', id: 'nightly', workspace, restricted: true }, 'subject')
 * ```
 */
export const scopeVerdicts = (tenant: TenantSnapshot, user: UserRecord, target: ScopedObject, identity: Identity): Verdicts => {
  const disabled = user.enabled || identity === 'subject' ? verdict.skip : verdict.cap(0, reason('integration_roles.user_disabled', { user: user.id, identity }))
  const role = integrationRoleOf(user)
  const object = { user: user.id, object: target.object, id: target.id, identity }
  switch (role) {
    case 'none':
      return verdict.concat(disabled, verdict.cap(0, reason('integration_roles.no_integration_role', { user: user.id, identity })))
    case 'integrationAdmin':
      return verdict.concat(
        disabled,
        target.restricted
          ? verdict.cap(0, reason('integration_roles.restricted_object', object))
          : verdict.grant(1, reason('integration_roles.integration_admin', { user: user.id, workspace: target.workspace })),
      )
    case 'restrictedIntegrationUser':
      return verdict.concat(
        disabled,
        target.restricted ? riuScope(tenant, user, target.workspace, identity) : verdict.cap(0, reason('integration_roles.non_restricted_object', object)),
      )
  }
}

/**
 * An RIU's scope is the intersection of assigned and member workspaces (I26, A5), each failure its own reason.
 *
 * @example
 * ```ts
 * riuScope(tenant, riu, id.workspace('ws1'), 'subject') // a grant, or riu_not_assigned / riu_not_member caps
 * ```
 */
const riuScope = (tenant: TenantSnapshot, user: UserRecord, workspace: WorkspaceId, identity: Identity): Verdicts => {
  const where = { user: user.id, workspace, identity }
  const assigned = user.riuWorkspaces.has(workspace)
  const member = membershipOf(tenant, user.id, workspace) !== undefined
  return assigned && member
    ? verdict.grant(1, reason('integration_roles.restricted_integration_user', { user: user.id, workspace }))
    : verdict.concat(
        assigned ? verdict.skip : verdict.cap(0, reason('integration_roles.riu_not_assigned', where)),
        member ? verdict.skip : verdict.cap(0, reason('integration_roles.riu_not_member', where)),
      )
}

/**
 * The caps among verdicts: non-empty when they block.
 *
 * @example
 * ```ts
 * if (caps(trigger).length > 0) return trigger
 * ```
 */
export const caps = (verdicts: Verdicts): Verdicts => verdicts.filter((v) => v.tag === 'cap')
