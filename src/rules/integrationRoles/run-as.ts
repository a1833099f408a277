import { reason } from '../../decision/reason.js'
import { verdict } from '../../decision/verdict.js'
import type { Rule } from '../../rule/rule.js'
import { tenantOf, unknownId } from '../shared/lookups.js'
import { scopedObject } from './objects.js'
import { caps, scopeVerdicts } from './roles.js'
import { requester } from './subjects.js'

/**
 * `cloudworks.setRunAs` (R20, A32): only the named user may set it, naming themselves, while they may
 * manage the integration; only a tenant administrator may clear it (`user: null`). Anything else is denied.
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.setRunAs': setRunAs })
 * ```
 */
export const setRunAs: Rule<'cloudworks.setRunAs'> = (request, context) => {
  const tenant = tenantOf(context.world)
  if (tenant === undefined) return unknownId('tenant', 'tenant')
  if (request.resource.kind !== 'integration') return verdict.skip
  const object = scopedObject(tenant, request.resource)
  if (object === undefined) return unknownId('integration', request.resource.id)
  const who = requester(tenant, request.subject, request.action.type)
  if ('denied' in who) return who.denied
  const user = who.user.id
  const named = request.action.user
  if (named === null)
    return tenant.tenantAdmins.has(user)
      ? verdict.grant(1, reason('integration_roles.run_as_cleared_by_tenant_admin', { user, integration: object.id }))
      : verdict.cap(0, reason('integration_roles.run_as_clear_needs_tenant_admin', { user, integration: object.id }))
  const self = named === user ? verdict.skip : verdict.cap(0, reason('integration_roles.run_as_not_self', { user, named }))
  const scope = caps(scopeVerdicts(tenant, who.user, object, 'subject'))
  const blocked = verdict.concat(self, scope)
  return blocked.length > 0 ? blocked : verdict.grant(1, reason('integration_roles.run_as_self', { user, integration: object.id }))
}
