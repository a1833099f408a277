// @ts-nocheck
import type { WorkplaceInput } from '../../src/index.js'
import type { WorkplaceRequest } from '../support/arbitraries/workplace.js'

/**
 * A deliberately naive connection-roles decider over the raw workplace input: linear scans, recursion
 * for group nesting, the seed's tables written out again. Returns the effect and the level.
 */
export interface ReferenceDecision {
  readonly effect: 'allow' | 'deny'
  readonly level: string
}

const roleNames = ['none', 'viewer', 'consumer', 'admin']
const rankOf = (role: string): number => roleNames.indexOf(role)

const builtInPermissions: Record<string, readonly string[]> = {
  owner: ['viewAllConnections', 'useAllConnections', 'manageAllConnections', 'createConnections'],
  admin: ['viewAllConnections', 'useAllConnections', 'manageAllConnections', 'createConnections'],
  collaborator: ['viewAllConnections', 'useAllConnections'],
  viewer: [],
}
const builtInManageSyncs: Record<string, boolean> = { viewer: false, collaborator: true, admin: true }

const permissionsOf = (w: WorkplaceInput, role: string): readonly string[] =>
  builtInPermissions[role] ?? w.roles?.find((r) => r.id === role)?.permissions ?? []

const floorOf = (w: WorkplaceInput, user: string): number => {
  const role = w.users.find((u) => u.id === user)?.role ?? 'viewer'
  const perms = permissionsOf(w, role)
  if (perms.includes('manageAllConnections')) return 3
  if (perms.includes('useAllConnections')) return 2
  if (perms.includes('viewAllConnections')) return 1
  return 0
}

const inGroup = (w: WorkplaceInput, group: string, user: string): boolean => {
  const g = w.groups?.find((x) => x.id === group)
  return g !== undefined && ((g.users ?? []).includes(user) || (g.groups ?? []).some((h) => inGroup(w, h, user)))
}

const scoping = (w: WorkplaceInput): boolean => w.plan !== 'developer'

const effective = (w: WorkplaceInput, user: string, connection: string): number => {
  const c = w.connections?.find((x) => x.id === connection)
  let best = floorOf(w, user)
  if (!scoping(w)) return best
  for (const m of c?.members ?? []) {
    if ('user' in m && m.user === user) best = Math.max(best, rankOf(m.role))
    if ('group' in m && inGroup(w, m.group, user)) best = Math.max(best, rankOf(m.role))
  }
  return best
}

const manageSyncs = (w: WorkplaceInput, user: string, project: string): boolean => {
  const role = w.users.find((u) => u.id === user)?.role
  if (role === 'owner' || role === 'admin') return true
  const p = w.projects?.find((x) => x.id === project)
  return (p?.members ?? []).some(
    (m) =>
      (('user' in m && m.user === user) || ('group' in m && inGroup(w, m.group, user))) &&
      (builtInManageSyncs[m.role] ?? w.projectRoles?.find((r) => r.id === m.role)?.manageSyncs ?? false),
  )
}

const yes = (ok: boolean): ReferenceDecision => ({ effect: ok ? 'allow' : 'deny', level: ok ? 'allowed' : 'none' })
const at = (rank: number, requires: number): ReferenceDecision => ({ effect: rank >= requires ? 'allow' : 'deny', level: roleNames[rank] ?? 'none' })
const denyNone: ReferenceDecision = { effect: 'deny', level: 'none' }

/** Decides one generated request naively. */
export const referenceWorkplace = (w: WorkplaceInput, r: WorkplaceRequest): ReferenceDecision => {
  if (!w.users.some((u) => u.id === r.user)) return denyNone
  const hasConnection = (w.connections ?? []).some((c) => c.id === r.connection)
  const hasProject = (w.projects ?? []).some((p) => p.id === r.project)
  switch (r.action) {
    case 'workplace.createConnection':
      return yes(permissionsOf(w, w.users.find((u) => u.id === r.user)?.role ?? '').includes('createConnections'))
    case 'project.manageSyncs':
      return hasProject ? yes(manageSyncs(w, r.user, r.project)) : denyNone
    case 'connection.view':
      return hasConnection ? at(effective(w, r.user, r.connection), 1) : denyNone
    case 'connection.manage':
      return hasConnection ? at(effective(w, r.user, r.connection), 3) : denyNone
    case 'connection.createSync':
      if (!hasConnection || !hasProject) return denyNone
      return manageSyncs(w, r.user, r.project) ? at(effective(w, r.user, r.connection), 2) : denyNone
    case 'connection.addMember':
    case 'connection.setMemberRole':
    case 'connection.removeMember': {
      if (!hasConnection) return denyNone
      const member = r.member
      const known = 'user' in member ? w.users.some((u) => u.id === member.user) : (w.groups ?? []).some((g) => g.id === member.group)
      if (!known || !scoping(w) || effective(w, r.user, r.connection) < 3) return denyNone
      const floor = 'user' in member ? floorOf(w, member.user) : 0
      const keyOf = (m: { user: string } | { group: string }): string => ('user' in m ? `user:${m.user}` : `group:${m.group}`)
      const direct = (w.connections?.find((x) => x.id === r.connection)?.members ?? []).some((m) => keyOf(m) === keyOf(member))
      if (r.action === 'connection.removeMember') return yes(floor === 0 && direct)
      if (r.action === 'connection.addMember') return yes(!direct && rankOf(r.role) >= floor)
      return yes((direct || floor > 0) && rankOf(r.role) >= floor)
    }
  }
}
