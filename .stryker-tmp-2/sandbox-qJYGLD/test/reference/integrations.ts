// @ts-nocheck
// A deliberately naive reference for CloudWorks decisions (cloudworks.*), read straight off the raw world
// input with linear scans: no indexes, no verdict algebra. The differential property checks the engine
// against it (R9–R20, F18–F26, A4–A6, A30–A32, A44). Integrations with steps are out of its scope.
import { id, type CloudworksAction, type Actor, type Resource, type Subject, type TenantInput, type UserInput } from '../../src/index.js'

/** What the reference predicts: effect, the set of reason codes, and the actor of a run. */
export interface Expected {
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
  readonly actor?: Actor
}

const NG = 'default.no_grant'
/** A deny names its blocking reasons, or only `default.no_grant` when nothing else blocked. */
const deny = (listed: readonly string[], actor?: Actor): Expected => {
  const blocking = listed.filter((code) => code !== NG)
  const reasons = blocking.length > 0 ? blocking : [NG]
  return actor === undefined ? { effect: 'deny', reasons } : { effect: 'deny', reasons, actor }
}

interface Scope { readonly grant: string | undefined; readonly failures: readonly string[] }

const roleOf = (user: UserInput): 'ia' | 'riu' | 'none' =>
  (user.roles ?? []).includes('integrationAdmin') ? 'ia' : (user.restrictedIntegrationWorkspaces ?? []).length > 0 ? 'riu' : 'none'

const isMember = (tenant: TenantInput, user: string, workspace: string): boolean =>
  tenant.workspaces.some((ws) => ws.id === workspace && (ws.members ?? []).some((m) => m.user === user))

const scope = (tenant: TenantInput, user: UserInput, workspace: string, restricted: boolean, identity: 'subject' | 'lastRunner' = 'subject'): Scope => {
  const disabled = identity !== 'subject' && user.enabled === false ? ['integration_roles.user_disabled'] : []
  switch (roleOf(user)) {
    case 'none':
      return { grant: undefined, failures: [...disabled, 'integration_roles.no_integration_role'] }
    case 'ia':
      return restricted
        ? { grant: undefined, failures: [...disabled, 'integration_roles.restricted_object'] }
        : { grant: 'integration_roles.integration_admin', failures: disabled }
    case 'riu': {
      if (!restricted) return { grant: undefined, failures: [...disabled, 'integration_roles.non_restricted_object'] }
      const assigned = (user.restrictedIntegrationWorkspaces ?? []).includes(workspace)
      const member = isMember(tenant, user.id, workspace)
      return assigned && member
        ? { grant: 'integration_roles.restricted_integration_user', failures: disabled }
        : {
            grant: undefined,
            failures: [...disabled, ...(assigned ? [] : ['integration_roles.riu_not_assigned']), ...(member ? [] : ['integration_roles.riu_not_member'])],
          }
    }
  }
}

const settleScope = (s: Scope, actor?: Actor): Expected =>
  s.failures.length === 0 && s.grant !== undefined
    ? actor === undefined ? { effect: 'allow', reasons: [s.grant] } : { effect: 'allow', reasons: [s.grant], actor }
    : deny(s.grant === undefined ? [...s.failures, NG] : s.failures, actor)

const findUser = (tenant: TenantInput, id: string): UserInput | undefined => tenant.users.find((u) => u.id === id)

const requester = (tenant: TenantInput, subject: Subject): UserInput | Expected => {
  if (subject.kind !== 'user') return deny(['request.subject_not_supported', NG])
  return findUser(tenant, subject.id) ?? deny(['request.unknown_id', NG])
}
const isExpected = (value: UserInput | Expected): value is Expected => 'effect' in value

/**
 * A disabled requester is capped by the tenant roles layer on every act that reaches the rules (F5):
 * an allow becomes a deny naming it, a deny gains it.
 */
const accountDisabled = (tenant: TenantInput, subject: Subject, decided: Expected): Expected => {
  if (subject.kind !== 'user' || findUser(tenant, subject.id)?.enabled !== false) return decided
  const reasons = [...(decided.effect === 'allow' ? [] : decided.reasons), 'tenant_roles.account_disabled']
  return deny(reasons, decided.actor)
}

/** The reference decision for a `cloudworks.*` request over a raw tenant input. */
export const referenceDecide = (tenant: TenantInput, subject: Subject, action: CloudworksAction, resource: Resource): Expected =>
  action.type === 'cloudworks.run' ? referenceRun(tenant, subject, resource) : accountDisabled(tenant, subject, referenceAdmin(tenant, subject, action, resource))

const referenceAdmin = (tenant: TenantInput, subject: Subject, action: CloudworksAction, resource: Resource): Expected => {
  switch (action.type) {
    case 'cloudworks.create': {
      if (resource.kind !== 'workspace') return deny(['request.resource_mismatch', NG])
      if (!tenant.workspaces.some((ws) => ws.id === resource.id)) return deny(['request.unknown_id', NG])
      const user = requester(tenant, subject)
      if (isExpected(user)) return user
      return settleScope(scope(tenant, user, resource.id, roleOf(user) === 'riu'))
    }
    case 'cloudworks.manage': {
      const object = objectOf(tenant, resource)
      if (object === 'mismatch') return deny(['request.resource_mismatch', NG])
      if (object === undefined) return deny(['request.unknown_id', NG])
      const user = requester(tenant, subject)
      return isExpected(user) ? user : settleScope(scope(tenant, user, object.workspace, object.restricted))
    }
    case 'cloudworks.setRunAs': {
      if (resource.kind !== 'integration') return deny(['request.resource_mismatch', NG])
      const integration = (tenant.integrations ?? []).find((i) => i.id === resource.id)
      if (integration === undefined) return deny(['request.unknown_id', NG])
      const user = requester(tenant, subject)
      if (isExpected(user)) return user
      if (action.user === null)
        return (user.roles ?? []).includes('tenantAdmin')
          ? { effect: 'allow', reasons: ['integration_roles.run_as_cleared_by_tenant_admin'] }
          : deny(['integration_roles.run_as_clear_needs_tenant_admin', NG])
      const failures = [...(action.user === user.id ? [] : ['integration_roles.run_as_not_self']), ...scope(tenant, user, integration.workspace, integration.restricted).failures]
      return failures.length === 0 ? { effect: 'allow', reasons: ['integration_roles.run_as_self'] } : deny([...failures, NG])
    }
    case 'cloudworks.run':
      return deny([NG])
  }
}

const objectOf = (tenant: TenantInput, resource: Resource): { readonly workspace: string; readonly restricted: boolean } | undefined | 'mismatch' =>
  resource.kind === 'integration'
    ? (tenant.integrations ?? []).find((i) => i.id === resource.id)
    : resource.kind === 'cloudworksConnection'
      ? (tenant.connections ?? []).find((c) => c.id === resource.id)
      : 'mismatch'

const referenceRun = (tenant: TenantInput, subject: Subject, resource: Resource): Expected => {
  if (resource.kind !== 'integration') return deny(['request.resource_mismatch', NG])
  const integration = (tenant.integrations ?? []).find((i) => i.id === resource.id)
  if (integration === undefined) return deny(['request.unknown_id', NG])
  if (subject.kind === 'internalAlias') return deny(['request.subject_not_supported', NG])
  let actor: Actor
  if (integration.runAs !== undefined) {
    const runAs = findUser(tenant, integration.runAs)
    const failures = [
      ...(runAs?.enabled === false ? ['integration_roles.user_disabled'] : []),
      ...(isMember(tenant, integration.runAs, integration.workspace) ? [] : ['integration_roles.run_as_not_member']),
    ]
    if (failures.length > 0) return deny([...failures, NG])
    actor = { kind: 'user', id: id.user(integration.runAs) }
  } else if (!integration.restricted) actor = { kind: 'internalAlias' }
  else if (subject.kind === 'user') actor = subject
  else {
    if (integration.lastRunBy === undefined) return deny(['integration_roles.no_last_runner', NG])
    const last = findUser(tenant, integration.lastRunBy)
    if (last === undefined) return deny(['request.unknown_id', NG])
    const failures = scope(tenant, last, integration.workspace, true, 'lastRunner').failures
    if (failures.length > 0) return deny([...failures, NG])
    actor = { kind: 'user', id: id.user(last.id) }
  }
  if (subject.kind === 'scheduler') return { effect: 'allow', reasons: ['integration_roles.scheduled_run'], actor }
  const user = findUser(tenant, subject.id)
  if (user === undefined) return deny(['request.unknown_id', NG], actor)
  return accountDisabled(tenant, subject, settleScope(scope(tenant, user, integration.workspace, integration.restricted), actor))
}
