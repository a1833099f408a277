// @ts-nocheck
import type { Decider } from '../decide.js'
import type { Action } from '../domain/action.js'
import type { UserId, WorkspaceId } from '../domain/ids.js'
import { resource, type Resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { TenantSnapshot } from '../snapshot/tenant/types.js'
import { answersDiffer } from './compare.js'
import type { ActChange, AdminRolesChange, MembershipChange, Seat } from './types.js'

/** The tenant's own acts, asked of every user in scope (R1, R30, F13, F16). */
const tenantActs: readonly Action[] = [
  { type: 'tenant.readAudit' },
  { type: 'tenant.manageSso' },
  { type: 'tenant.viewAssignments' },
  { type: 'tenant.viewDirectory' },
  { type: 'tenant.buildPages' },
]

const rolesOf = (tenant: TenantSnapshot | undefined, user: UserId): ReadonlySet<string> => {
  const record = tenant?.users.get(user)
  return new Set([...(record?.roles ?? []), ...[...(record?.riuWorkspaces ?? [])].map((ws) => `restrictedIntegrationUser:${ws}`)])
}

const seatOf = (tenant: TenantSnapshot | undefined, workspace: WorkspaceId, user: UserId): Seat => {
  const membership = tenant?.workspaces.get(workspace)?.members.get(user)
  return { seat: membership === undefined ? 'none' : membership.admin ? 'admin' : 'member', ssoException: membership?.ssoException === true }
}

/** Both worlds' workspaces, in the order the world before lists them, then the new ones. */
export const workspacesOf = (before: TenantSnapshot | undefined, after: TenantSnapshot | undefined): readonly WorkspaceId[] => [
  ...new Set([...(before?.workspaces.keys() ?? []), ...(after?.workspaces.keys() ?? [])]),
]

/** The two worlds and their deciders, as the impact of one change reads them. */
export interface Pair {
  readonly before: { readonly tenant: TenantSnapshot | undefined; readonly decide: Decider }
  readonly after: { readonly tenant: TenantSnapshot | undefined; readonly decide: Decider }
}

/**
 * What changes in a user's administration: roles held (R2), the tenant's acts, and, per workspace,
 * their seat (member, WSA, SSO exception) and whether they may add users to it by import.
 *
 * @example
 * ```ts
 * const { administration, memberships } = administrationOf(pair, id.user('bob'))
 * ```
 */
export const administrationOf = (
  pair: Pair,
  user: UserId,
): { readonly administration: readonly (AdminRolesChange | ActChange)[]; readonly memberships: readonly MembershipChange[] } => {
  const held = { before: rolesOf(pair.before.tenant, user), after: rolesOf(pair.after.tenant, user) }
  const gained = [...held.after].filter((role) => !held.before.has(role))
  const lost = [...held.before].filter((role) => !held.after.has(role))
  const roles: readonly AdminRolesChange[] = gained.length + lost.length === 0 ? [] : [{ kind: 'adminRoles', user, gained, lost }]
  const who = subject.user(user)
  const workspaces = workspacesOf(pair.before.tenant, pair.after.tenant)
  const asks: readonly (readonly [Action, Resource])[] = [
    ...tenantActs.map((action) => [action, resource.tenant] as const),
    ...workspaces.map((ws) => [{ type: 'workspace.importUsers', mode: 'add' } as const, resource.workspace(ws)] as const),
  ]
  const acts = asks.flatMap(([action, target]): readonly ActChange[] => {
    const before = pair.before.decide(who, action, target)
    const after = pair.after.decide(who, action, target)
    return answersDiffer(before, after) ? [{ kind: 'act', user, action, resource: target, before, after }] : []
  })
  const memberships = workspaces.flatMap((workspace): readonly MembershipChange[] => {
    const before = seatOf(pair.before.tenant, workspace, user)
    const after = seatOf(pair.after.tenant, workspace, user)
    return before.seat === after.seat && before.ssoException === after.ssoException ? [] : [{ kind: 'membership', user, workspace, before, after }]
  })
  return { administration: [...roles, ...acts], memberships }
}
