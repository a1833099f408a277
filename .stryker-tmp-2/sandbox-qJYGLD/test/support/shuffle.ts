// @ts-nocheck
// Deterministic reordering and duplication of a world's arrays, driven by a seed from fast-check.
import type { ModelInput, TenantInput, WorldInput } from '../../src/index.js'

const random = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seeded permutation of an array (Fisher–Yates); the input is not touched. */
export const permute = <T>(xs: readonly T[], seed: number): readonly T[] => {
  const next = random(seed)
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}

/** The list with some of its entries repeated (which ones follows the seed). */
export const duplicate = <T>(xs: readonly T[], seed: number): readonly T[] => {
  const next = random(seed)
  return [...xs, ...xs.filter(() => next() < 0.5)]
}

const reorderModel = (m: ModelInput, seed: number): ModelInput => ({
  ...m,
  ...(m.lists === undefined ? {} : { lists: permute(m.lists.map((l) => (l.items === undefined ? l : { ...l, items: permute(l.items, seed + 1) })), seed) }),
  ...(m.roles === undefined ? {} : { roles: permute(m.roles, seed + 2) }),
  ...(m.assignments === undefined ? {} : { assignments: permute(m.assignments, seed + 3) }),
  ...(m.selectiveAccess === undefined ? {} : { selectiveAccess: permute(m.selectiveAccess, seed + 4) }),
  ...(m.modules === undefined ? {} : { modules: permute(m.modules, seed + 5) }),
  ...(m.versions === undefined ? {} : { versions: permute(m.versions, seed + 6) }),
  ...(m.internalAlias?.selectiveAccess === undefined ? {} : { internalAlias: { selectiveAccess: permute(m.internalAlias.selectiveAccess, seed + 7) } }),
})

/** Every array of a tenant whose order carries no meaning, permuted. */
export const reorderWorld = (world: WorldInput & { readonly tenant: TenantInput }, seed: number): WorldInput => {
  const t = world.tenant
  return {
    tenant: {
      ...t,
      users: permute(t.users.map((u) => (u.roles === undefined ? u : { ...u, roles: permute(u.roles, seed) })), seed + 10),
      workspaces: permute(t.workspaces.map((w) => (w.members === undefined ? w : { ...w, members: permute(w.members, seed + 11) })), seed + 12),
      models: permute(t.models.map((m) => reorderModel(m, seed + 20)), seed + 13),
      ...(t.connections === undefined ? {} : { connections: permute(t.connections, seed + 14) }),
      ...(t.integrations === undefined ? {} : { integrations: permute(t.integrations, seed + 15) }),
    },
  }
}

/**
 * Repeats grants whose repetition is harmless (selective-access grants of users and of the alias,
 * administration roles, a role's lists and actions). Repeated users, members, assignments and ids are
 * integrity errors instead (see the compile tests).
 */
export const repeatGrants = (world: WorldInput & { readonly tenant: TenantInput }, seed: number): WorldInput => {
  const t = world.tenant
  return {
    tenant: {
      ...t,
      users: t.users.map((u) => (u.roles === undefined ? u : { ...u, roles: duplicate(u.roles, seed) })),
      models: t.models.map((m) => ({
        ...m,
        ...(m.selectiveAccess === undefined ? {} : { selectiveAccess: duplicate(m.selectiveAccess, seed + 1) }),
        ...(m.internalAlias?.selectiveAccess === undefined ? {} : { internalAlias: { selectiveAccess: duplicate(m.internalAlias.selectiveAccess, seed + 2) } }),
        ...(m.roles === undefined ? {} : { roles: m.roles.map((r) => ({ ...r, ...(r.lists === undefined ? {} : { lists: duplicate(r.lists, seed + 3) }), ...(r.actions === undefined ? {} : { actions: duplicate(r.actions, seed + 4) }) })) }),
      })),
    },
  }
}
