import { reason } from '../../decision/reason.js'
import { verdict } from '../../decision/verdict.js'
import type { Rule } from '../../rule/rule.js'
import { tenantOf, unknownId } from '../shared/lookups.js'
import { scopedObject } from './objects.js'
import { caps, scopeVerdicts } from './roles.js'
import { requester } from './subjects.js'

/**
 * `cloudworks.setStepRunAs` (seed 002, long term B): one step of an integration runs as a user of its
 * own. It is A32's consent, per step: only the named user sets it, naming themselves, and only while
 * they may manage the integration; only a tenant administrator clears it (`user: null`). Only an
 * integration administrator's (non-restricted) integration takes it: a restricted one runs every step
 * as its restricted integration user (F23, R11). A step the integration does not have is denied.
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.setStepRunAs': setStepRunAs })
 * ```
 */
export const setStepRunAs: Rule<'cloudworks.setStepRunAs'> = (request, context) => {
  const tenant = tenantOf(context.world)
  if (tenant === undefined) return unknownId('tenant', 'tenant')
  if (request.resource.kind !== 'integration') return verdict.skip
  const object = scopedObject(tenant, request.resource)
  const integration = tenant.integrations.get(request.resource.id)
  if (object === undefined || integration === undefined) return unknownId('integration', request.resource.id)
  const who = requester(tenant, request.subject, request.action.type)
  if ('denied' in who) return who.denied
  const user = who.user.id
  const { step, user: named } = request.action
  const where = { integration: object.id, step }
  const checks = verdict.concat(
    step <= integration.steps.length ? verdict.skip : verdict.cap(0, reason('integration_roles.unknown_step', { ...where, steps: integration.steps.length })),
    object.restricted ? verdict.cap(0, reason('integration_roles.step_run_as_restricted', { integration: object.id })) : verdict.skip,
  )
  if (named === null)
    return verdict.concat(
      checks,
      tenant.tenantAdmins.has(user)
        ? verdict.grant(1, reason('integration_roles.step_run_as_cleared_by_tenant_admin', { ...where, user }))
        : verdict.cap(0, reason('integration_roles.run_as_clear_needs_tenant_admin', { user, integration: object.id })),
    )
  const self = named === user ? verdict.skip : verdict.cap(0, reason('integration_roles.run_as_not_self', { user, named }))
  const blocked = verdict.concat(checks, self, caps(scopeVerdicts(tenant, who.user, object, 'subject')))
  return blocked.length > 0 ? blocked : verdict.grant(1, reason('integration_roles.step_run_as_self', { ...where, user }))
}
