// @ts-nocheck
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import { snapshotOf } from '../internal/world-handle.js'
import { resolveRunActor } from '../rules/integrationRoles/run-actor.js'
import type { Snapshot, World } from '../snapshot/snapshot.js'
import type { IntegrationRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import { unreadableSources } from './alias-trap.js'
import { readOnlyWithAdditionalRoles } from './account.js'
import { unreachableConnections } from './connections.js'
import { importSkipsDrivenCells, importWillSkip } from './import-skips.js'
import { unrunnableSteps } from './processes.js'
import { tenantTraps } from './world-traps.js'
import { decide } from '../decide.js'
import type { Finding, Ungraded } from './findings.js'
import { graded } from './severity.js'

const integrationFindings = (world: Snapshot, tenant: TenantSnapshot, integration: IntegrationRecord): readonly Ungraded[] => {
  const resolution = resolveRunActor({ subject: subject.scheduler, actor: undefined, action: { type: 'cloudworks.run' }, resource: resource.integration(integration.id) }, world)
  if (resolution.tag === 'actor') return [...unreadableSources(world, tenant, integration, resolution.actor), ...importWillSkip(world, tenant, integration, resolution.actor), ...importSkipsDrivenCells(world, tenant, integration, resolution.actor)]
  const reasons = resolution.verdicts.map((v) => v.reason.code)
  return reasons.includes('integration_roles.no_last_runner')
    ? [{ code: 'integration.no_last_runner', integration: integration.id }]
    : [{ code: 'integration.run_identity_invalid', integration: integration.id, reasons }]
}

/**
 * Checks a world for set-ups that run but do not do what their owners expect:
 * - integrations whose scheduled actor cannot read a selective-access list their steps read from
 *   (the alias trap: R13, R16, F27, I30), with the fixes, or cannot write every item of a list their
 *   imports write to (R10, A40's twin), or whose access drivers keep target cells below Write for it
 *   (F49, A1): the rows there are skipped;
 * - restricted integrations that nobody has run, whose scheduled runs are denied (A31);
 * - integrations whose run-as user or last runner is no longer valid (A6, A32);
 * - users holding both integration roles (A46);
 * - custom roles that grant nothing, selective-access grants that can never apply, line items hidden
 *   from everyone, private actions nobody can run, RIU workspaces their user is not a member of (R6),
 *   processes with a step some of their runners cannot run;
 * - workplace connections whose members reach no project;
 * - account users whose Read Only base role leaves their additional roles granting nothing (F65, A14, I41).
 * Findings come in world order: integrations first, then users, models, the RIU workspaces, the workplace and the account.
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
  const decider = decide(world)
  const workplace = snapshot.workplace === undefined ? [] : unreachableConnections(snapshot.workplace, decider)
  const account = snapshot.account === undefined ? [] : readOnlyWithAdditionalRoles(snapshot.account)
  const rest = [...workplace, ...account]
  if (tenant === undefined) return rest.map(graded)
  const found: readonly Ungraded[] = [
    ...[...tenant.integrations.values()].flatMap((integration) => integrationFindings(snapshot, tenant, integration)),
    ...[...tenant.users.values()]
      .filter((user) => user.roles.has('integrationAdmin') && user.riuWorkspaces.size > 0)
      .map((user): Ungraded => ({ code: 'user.both_integration_roles', user: user.id })),
    ...tenantTraps(tenant),
    ...unrunnableSteps(tenant, decider),
    ...rest,
  ]
  return found.map(graded)
}

export { explainFinding } from './wording.js'
export { findingSeverities } from './severity.js'
export type {
  Finding, FindingSeverity, Fix, StepOnList, ActorCannotReadList, BothIntegrationRoles, NoLastRunner, RunIdentityInvalid, ImportWillSkip, RoleGrantsNothing, GrantNeverApplies,
  HiddenEverywhere, CreatorCannotRun, RiuWorkspaceNotMember, ReachesNoProject, StepUnrunnable, ReadOnlyAdditionalRoles, ImportSkipsDrivenCells,
} from './findings.js'
