// @ts-nocheck
import type { Decider } from '../decide.js'
import type { Action } from '../domain/action.js'
import type { AdminRole } from '../domain/actions/tenant.js'
import type { IntegrationId, UserId, WorkspaceId, ConnectionId } from '../domain/ids.js'
import { resource, type Resource } from '../domain/resource.js'
import type { Subject } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import type { TenantSnapshot } from '../snapshot/tenant/types.js'

/**
 * One act and the targets of a kind it is allowed on, in the world's order.
 *
 * @example
 * ```ts
 * const assign: TargetedAct<UserId> = { action: { type: 'tenant.assignRole', role: 'auditor' }, targets: [id.user('sam')] }
 * ```
 */
export interface TargetedAct<T> {
  readonly action: Action
  readonly targets: readonly T[]
}

/**
 * What one subject may administer in the planning tenant (see {@link whatCan}):
 * - `acts`: the acts on the tenant itself (switches, audit, SSO, assignments, directory, pages), with
 *   `decide`'s decisions;
 * - `onUsers`: per act on a user (assigning and removing each administration role, enabling and
 *   disabling accounts, SSO exceptions, adding to and removing from each workspace, making workspace
 *   administrators), the users it is allowed on;
 * - `onWorkspaces`, `onIntegrations`, `onConnections`: likewise for user imports and CloudWorks.
 *
 * @example
 * ```ts
 * const tenant = whatCan(world)(subject.user(id.user('tina')), { kind: 'tenant' })
 * if (tenant.kind === 'tenant') tenant.onUsers.find((act) => act.action.type === 'tenant.assignRole')?.targets
 * ```
 */
export interface TenantAbilities {
  readonly kind: 'tenant'
  readonly subject: Subject
  readonly name: string
  readonly acts: readonly { readonly action: Action; readonly decision: Decision }[]
  readonly onUsers: readonly TargetedAct<UserId>[]
  readonly onWorkspaces: readonly TargetedAct<WorkspaceId>[]
  readonly onIntegrations: readonly TargetedAct<IntegrationId>[]
  readonly onConnections: readonly TargetedAct<ConnectionId>[]
}

const adminRoles: readonly AdminRole[] = ['tenantAdmin', 'userAdmin', 'securityAdmin', 'auditor', 'encryptionAdmin', 'viewAdmin', 'pageBuilder', 'integrationAdmin', 'restrictedIntegrationUser']

const tenantActs: readonly Action[] = [
  { type: 'tenant.setSwitch', switch: 'userManagement', on: true },
  { type: 'tenant.setSwitch', switch: 'userManagement', on: false },
  { type: 'tenant.setSwitch', switch: 'exceptionUsers', on: true },
  { type: 'tenant.setSwitch', switch: 'exceptionUsers', on: false },
  { type: 'tenant.readAudit' },
  { type: 'tenant.manageSso' },
  { type: 'tenant.viewAssignments' },
  { type: 'tenant.viewDirectory' },
  { type: 'tenant.buildPages' },
]

const userActs = (tenant: TenantSnapshot): readonly Action[] => {
  const workspaces = [...tenant.workspaces.keys()]
  return [
    ...adminRoles.map((role): Action => (role === 'restrictedIntegrationUser' ? { type: 'tenant.assignRole', role, workspaces } : { type: 'tenant.assignRole', role })),
    ...adminRoles.map((role): Action => ({ type: 'tenant.unassignRole', role })),
    { type: 'tenant.setAccountStatus', enabled: true },
    { type: 'tenant.setAccountStatus', enabled: false },
    ...workspaces.flatMap((workspace): readonly Action[] => [
      { type: 'tenant.setSsoException', workspace, on: true },
      { type: 'workspace.addUser', workspace, via: 'administration' },
      { type: 'workspace.removeUser', workspace, via: 'administration' },
      { type: 'workspace.setAdmin', workspace, admin: true },
    ]),
  ]
}

/**
 * The {@link TenantAbilities} of a subject. `mayAdminister` false (a user with no administration role
 * and no workspace to administer: `decide` allows them none of these acts, as the candidates of
 * `whoCan` rest on) answers every targeted act with no targets without asking `decide` once per user.
 *
 * @example
 * ```ts
 * tenantAbilities(tenant, decider, who, 'tina', true)
 * ```
 */
export const tenantAbilities = (tenant: TenantSnapshot, decider: Decider, who: Subject, name: string, mayAdminister: boolean): TenantAbilities => {
  const targeted = <T extends string>(actions: readonly Action[], targets: readonly T[], resourceOf: (target: T) => Resource): readonly TargetedAct<T>[] =>
    actions.map((action) => ({ action, targets: mayAdminister ? targets.filter((target) => decider(who, action, resourceOf(target)).effect === 'allow') : [] }))
  return {
    kind: 'tenant',
    subject: who,
    name,
    acts: tenantActs.map((action) => ({ action, decision: decider(who, action, resource.tenant) })),
    onUsers: targeted(userActs(tenant), [...tenant.users.keys()], resource.user),
    onWorkspaces: targeted(
      [{ type: 'workspace.importUsers', mode: 'add' }, { type: 'workspace.importUsers', mode: 'updateAttributes' }, { type: 'cloudworks.create', object: 'connection' }, { type: 'cloudworks.create', object: 'integration' }],
      [...tenant.workspaces.keys()],
      resource.workspace,
    ),
    onIntegrations: targeted(
      [{ type: 'cloudworks.manage', operation: 'read' }, { type: 'cloudworks.manage', operation: 'update' }, { type: 'cloudworks.manage', operation: 'delete' }, { type: 'cloudworks.run' }],
      [...tenant.integrations.keys()],
      resource.integration,
    ),
    onConnections: targeted(
      [{ type: 'cloudworks.manage', operation: 'read' }, { type: 'cloudworks.manage', operation: 'update' }, { type: 'cloudworks.manage', operation: 'delete' }],
      [...tenant.connections.keys()],
      resource.cloudworksConnection,
    ),
  }
}
