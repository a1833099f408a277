import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import { snapshotOf } from '../internal/world-handle.js'
import { resolveRunActor } from '../rules/integrationRoles/run-actor.js'
import type { Snapshot, World } from '../snapshot/snapshot.js'
import type { IntegrationRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import { unreadableSources } from './alias-trap.js'
import type { Finding } from './findings.js'

const integrationFindings = (world: Snapshot, tenant: TenantSnapshot, integration: IntegrationRecord): readonly Finding[] => {
  const resolution = resolveRunActor({ subject: subject.scheduler, actor: undefined, action: { type: 'cloudworks.run' }, resource: resource.integration(integration.id) }, world)
  if (resolution.tag === 'actor') return unreadableSources(world, tenant, integration, resolution.actor)
  const reasons = resolution.verdicts.map((v) => v.reason.code)
  return reasons.includes('integration_roles.no_last_runner')
    ? [{ code: 'integration.no_last_runner', integration: integration.id }]
    : [{ code: 'integration.run_identity_invalid', integration: integration.id, reasons }]
}

/**
 * Checks a world for CloudWorks set-ups that run but do not do what their owners expect:
 * - integrations whose scheduled actor cannot read a selective-access list their steps read from
 *   (the alias trap: R13, R16, F27, I30), with the fixes;
 * - restricted integrations that nobody has run, whose scheduled runs are denied (A31);
 * - integrations whose run-as user or last runner is no longer valid (A6, A32);
 * - users holding both integration roles (A46).
 * Findings come in world order: integrations first, then users.
 *
 * @example
 * ```ts
 * import { compile, lint, explainFinding } from 'accessgrid'
 * const world = compile(input)
 * if (world._tag === 'Right') lint(world.right).forEach((f) => console.log(explainFinding(f)))
 * ```
 */
export const lint = (world: World): readonly Finding[] => {
  const snapshot = snapshotOf(world)
  const tenant = snapshot.tenant
  if (tenant === undefined) return []
  return [
    ...[...tenant.integrations.values()].flatMap((integration) => integrationFindings(snapshot, tenant, integration)),
    ...[...tenant.users.values()]
      .filter((user) => user.roles.has('integrationAdmin') && user.riuWorkspaces.size > 0)
      .map((user): Finding => ({ code: 'user.both_integration_roles', user: user.id })),
  ]
}

export { explainFinding } from './wording.js'
export type { Finding, Fix, ActorCannotReadList, BothIntegrationRoles, NoLastRunner, RunIdentityInvalid } from './findings.js'
