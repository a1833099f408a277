// @ts-nocheck
import type { ItemId, ListId, UserId } from '../domain/ids.js'
import { snapshotOf } from '../internal/world-handle.js'
import type { World } from '../snapshot/snapshot.js'
import type { ModelRecord, RoleRecord, SelectiveAccessGrants, TenantSnapshot, UserRecord } from '../snapshot/tenant/types.js'
import { everything, noScope, reaching, unionScope, type Reach, type Scope } from './scope.js'

/**
 * The scope of the difference between two worlds, found by comparing what they share: a world a
 * command made shares every record it did not touch with the one before, so only the changed records
 * are compared field by field. Users, memberships, roles, assignments and selective-access grants are
 * compared by value; a model whose lists, versions, modules, drivers or actions are not the same
 * objects is compared in full for every user, and a change of settings or switches compares everything.
 */

const ceiling: Reach = { modules: 'all', cells: { tag: 'none' } }
const anyCell: Reach = { modules: 'all', cells: { tag: 'all' } }

const keysOf = <K, V>(a: ReadonlyMap<K, V> | undefined, b: ReadonlyMap<K, V> | undefined): readonly K[] =>
  a === b ? [...(a?.keys() ?? [])] : [...new Set([...(a?.keys() ?? []), ...(b?.keys() ?? [])])]

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => a === b || (a.size === b.size && [...a].every((x) => b.has(x)))

const sameMap = <K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>, same: (x: V, y: V) => boolean): boolean =>
  a === b ||
  (a.size === b.size &&
    [...a].every(([k, v]) => {
      const w = b.get(k)
      return w !== undefined && same(v, w)
    }))

const sameUser = (a: UserRecord | undefined, b: UserRecord | undefined): boolean =>
  a === b ||
  (a !== undefined && b !== undefined && a.kind === b.kind && a.email === b.email && a.enabled === b.enabled && sameSet(a.roles, b.roles) && sameSet(a.riuWorkspaces, b.riuWorkspaces))

/** The modules whose cells a role change can reach: those whose rank changed, or all of them. */
const roleReach = (a: RoleRecord | undefined, b: RoleRecord | undefined): Reach | undefined => {
  if (a === b) return undefined
  if (a === undefined || b === undefined || a.builtIn !== b.builtIn || !sameMap(a.versions, b.versions, (x, y) => x === y)) return ceiling
  if (!sameSet(a.lists, b.lists) || !sameSet(a.actions, b.actions)) return ceiling
  const modules = keysOf(a.modules, b.modules).filter((module) => a.modules.get(module) !== b.modules.get(module))
  return modules.length === 0 ? undefined : { modules: new Set(modules), cells: { tag: 'none' } }
}

/** The items whose grants differ, when they are on one list; every cell otherwise. */
const grantsReach = (a: SelectiveAccessGrants | undefined, b: SelectiveAccessGrants | undefined): Reach | undefined => {
  if (a === b) return undefined
  const lists = keysOf(a, b).flatMap((list): readonly (readonly [ListId, readonly ItemId[]])[] => {
    const x = a?.get(list)
    const y = b?.get(list)
    if (x === y) return []
    const items = keysOf(x, y).filter((item) => x?.get(item) !== y?.get(item))
    return items.length === 0 ? [] : [[list, items]]
  })
  const [only, ...more] = lists
  if (only === undefined) return undefined
  return more.length > 0 ? anyCell : { modules: 'all', cells: { tag: 'items', list: only[0], items: new Set(only[1]) } }
}

const modelScope = (users: readonly UserId[], a: ModelRecord | undefined, b: ModelRecord | undefined): Scope => {
  if (a === b) return noScope
  if (a === undefined || b === undefined) return everything
  const id = b.id
  if (a.workspace !== b.workspace || a.lists !== b.lists || a.versions !== b.versions || a.modules !== b.modules || a.drivers !== b.drivers || a.actions !== b.actions)
    return { ...reaching([id], users, anyCell), integrations: 'all' }
  const scopes: Scope[] = []
  if (a.hasCustomRoles !== b.hasCustomRoles) scopes.push(reaching([id], users, ceiling))
  for (const role of keysOf(a.roles, b.roles)) {
    const reach = roleReach(a.roles.get(role), b.roles.get(role))
    if (reach === undefined) continue
    const holders = [...a.assignments].flatMap(([user, held]) => (held === role ? [user] : []))
    if (a.assignments !== b.assignments) for (const [user, held] of b.assignments) if (held === role && a.assignments.get(user) !== role) holders.push(user)
    scopes.push(reaching([id], holders, reach))
  }
  if (a.assignments !== b.assignments)
    for (const user of keysOf(a.assignments, b.assignments)) if (a.assignments.get(user) !== b.assignments.get(user)) scopes.push(reaching([id], [user], ceiling))
  if (a.selectiveAccess !== b.selectiveAccess)
    for (const user of keysOf(a.selectiveAccess, b.selectiveAccess)) {
      const reach = grantsReach(a.selectiveAccess.get(user), b.selectiveAccess.get(user))
      if (reach !== undefined) scopes.push(reaching([id], [user], reach))
    }
  const runs = a.internalAlias !== b.internalAlias || scopes.length > 0
  return { ...scopes.reduce(unionScope, noScope), integrations: runs ? 'all' : new Set() }
}

const tenantScope = (a: TenantSnapshot | undefined, b: TenantSnapshot | undefined): Scope => {
  if (a === b) return noScope
  if (a === undefined || b === undefined) return everything
  if (a.switches.userManagement !== b.switches.userManagement || a.switches.exceptionUsers !== b.switches.exceptionUsers || a.auditLicensed !== b.auditLicensed)
    return everything
  const users = keysOf(a.users, b.users)
  const models = keysOf(a.models, b.models)
  const scopes: Scope[] = []
  if (a.users !== b.users)
    for (const user of users)
      if (!sameUser(a.users.get(user), b.users.get(user))) scopes.push({ ...reaching(models, [user], ceiling), people: new Set([user]), integrations: 'all' })
  if (a.workspaces !== b.workspaces)
    for (const ws of keysOf(a.workspaces, b.workspaces)) {
      const x = a.workspaces.get(ws)
      const y = b.workspaces.get(ws)
      if (x === y) continue
      if (x === undefined || y === undefined || x.models.join() !== y.models.join()) return everything
      for (const user of keysOf(x.members, y.members)) {
        const m = x.members.get(user)
        const n = y.members.get(user)
        if (m === n || (m !== undefined && n !== undefined && m.admin === n.admin && m.ssoException === n.ssoException)) continue
        scopes.push({ ...reaching(y.models, [user], anyCell), people: new Set([user]), integrations: 'all' })
      }
    }
  if (a.models !== b.models) for (const model of models) scopes.push(modelScope(users, a.models.get(model), b.models.get(model)))
  if (a.integrations !== b.integrations || a.connections !== b.connections) scopes.push({ ...noScope, integrations: 'all' })
  return scopes.reduce(unionScope, noScope)
}

/**
 * What differs between two worlds, as a scope for {@link impact}.
 *
 * @example
 * ```ts
 * const scope = scopeBetween(before, after)
 * scope.everything // true when a switch or a setting changed
 * ```
 */
export const scopeBetween = (before: World, after: World): Scope => {
  if (before === after) return noScope
  const a = snapshotOf(before)
  const b = snapshotOf(after)
  if (JSON.stringify(a.settings) !== JSON.stringify(b.settings)) return everything
  const scope = tenantScope(a.tenant, b.tenant)
  return {
    ...scope,
    connections: a.workplace === b.workplace ? scope.connections : 'all',
    account: scope.account || a.account !== b.account,
  }
}
