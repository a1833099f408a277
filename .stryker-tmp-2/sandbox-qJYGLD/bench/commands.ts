/**
 * The cost of changing the world: per-command time of `apply` at 1k, 10k and 100k users, the memory
 * each kept version retains, and, for contrast, what recompiling the whole world once costs.
 * Run with `npm run bench:commands` (needs --expose-gc, which the script passes).
 */
// @ts-nocheck

import { apply, compile, encode, id, resource, subject, type Command, type TenantInput, type World } from '../src/index.js'

const sizes = [1_000, 10_000, 100_000] as const
const commandsPerRun = 20_000
const warmUp = 5_000
const t0 = Date.UTC(2026, 10, 23, 9, 0)

/** A tenant of `n` users, all members of one workspace and assigned in its two models, with some selective access. */
const tenantOf = (n: number): TenantInput => {
  const users = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, kind: 'internal' as const }))
  const members = users.map((u) => ({ user: u.id }))
  const assignments = users.map((u) => ({ user: u.id, role: 'noAccess' }))
  return {
    users: [{ id: 'uma', kind: 'internal', roles: ['userAdmin', 'tenantAdmin'] }, { id: 'wanda', kind: 'internal' }, ...users],
    workspaces: [{ id: 'sales', members: [{ user: 'wanda', admin: true }, ...members] }, { id: 'ops' }],
    models: ['fp', 'bud'].map((m) => ({
      id: m,
      workspace: 'sales',
      roles: [{ id: 'analyst' }],
      assignments,
      lists: [{ id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] }],
      selectiveAccess: users.filter((_, i) => i % 10 === 0).map((u) => ({ user: u.id, list: 'regions', item: 'emea', level: 'read' as const })),
    })),
  }
}

/**
 * A deterministic mix of administrative commands on pseudo-random users, each of which really changes
 * the world: the generator tracks what each command did, so the next one on the same user flips it back
 * (a command that changed nothing would be cheaper and flatter the figures).
 */
const commandsFor = (n: number, count: number): readonly Command[] => {
  let seed = 12345
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n
  const flipped = new Map<string, boolean>()
  const flip = (key: string): boolean => {
    const value = !(flipped.get(key) ?? false)
    flipped.set(key, value)
    return value
  }
  const uma = subject.user(id.user('uma'))
  const wanda = subject.user(id.user('wanda'))
  return Array.from({ length: count }, (_, i): Command => {
    const who = `u${next()}`
    const target = resource.user(id.user(who))
    const base = { at: t0 + i, tiebreak: i }
    switch (i % 5) {
      case 0:
        return { ...base, actor: uma, action: { type: 'tenant.setAccountStatus', enabled: !flip(`status ${who}`) }, resource: target }
      case 1:
        return { ...base, actor: wanda, action: { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role(flip(`role ${who}`) ? 'analyst' : 'noAccess') }, resource: target }
      case 2:
        return flip(`ops ${who}`)
          ? { ...base, actor: uma, action: { type: 'workspace.addUser', workspace: id.workspace('ops'), via: 'administration' }, resource: target }
          : { ...base, actor: uma, action: { type: 'workspace.removeUser', workspace: id.workspace('ops'), via: 'administration' }, resource: target }
      case 3:
        return { ...base, actor: wanda, action: { type: 'tenant.setSsoException', workspace: id.workspace('sales'), on: flip(`sso ${who}`) }, resource: target }
      default:
        return {
          ...base,
          actor: wanda,
          action: { type: 'selectiveAccess.import', mode: 'additive' },
          resource: resource.list(id.model('fp'), id.list('regions')),
          rows: [{ user: id.user(who), item: id.item('apac'), level: flip(`grant ${who}`) ? 'write' : 'none' }],
        }
    }
  })
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect === undefined) throw new Error('run with --expose-gc (npm run bench:commands)')
  collect()
  collect()
}

const microseconds = (ns: bigint, count: number): number => Number(ns) / 1_000 / count

const measure = (n: number) => {
  const compiled = compile({ tenant: tenantOf(n) })
  if (compiled._tag === 'Left') throw new Error(compiled.left[0]?.message)
  const world = compiled.right
  const log = commandsFor(n, commandsPerRun)
  // warm up on a throwaway chain
  commandsFor(n, warmUp).reduce<World>((w, c) => { const r = apply(w, c); return r._tag === 'Right' ? r.right.world : w }, world)
  const run = (keep: boolean) => {
    gc()
    const heapBefore = process.memoryUsage().heapUsed
    const versions: World[] = [world]
    let applied = 0
    const start = process.hrtime.bigint()
    for (const command of log) {
      const result = apply(versions[versions.length - 1] ?? world, command)
      if (result._tag === 'Right') {
        versions[keep ? versions.length : versions.length - 1] = result.right.world
        applied++
      }
    }
    const elapsed = process.hrtime.bigint() - start
    if (applied !== log.length) throw new Error(`only ${applied} of ${log.length} commands applied`)
    gc()
    const retained = (process.memoryUsage().heapUsed - heapBefore) / Math.max(1, versions.length - 1)
    return { perCommandUs: microseconds(elapsed, log.length), retained }
  }
  const median = (keep: boolean) => {
    const runs = [run(keep), run(keep), run(keep)].sort((a, b) => a.perCommandUs - b.perCommandUs)
    const middle = runs[1]
    if (middle === undefined) throw new Error('no run')
    return middle
  }
  const latest = median(false)
  const kept = median(true)
  const json = encode(world)
  const recompileStart = process.hrtime.bigint()
  compile(json)
  const recompile = process.hrtime.bigint() - recompileStart
  return { n, latestUs: latest.perCommandUs, keptUs: kept.perCommandUs, retainedBytes: kept.retained, recompileMs: Number(recompile) / 1e6 }
}

// A whole discarded pass at the smallest size first, so that the first measured size is not the one that pays for JIT warm-up.
measure(sizes[0])
const rows = sizes.map(measure)
const base = rows[0]?.latestUs ?? 1
console.log(`apply: ${commandsPerRun} commands per size (setAccountStatus, setModelRole, addUser/removeUser, setSsoException, selective-access import), each one a real change, all applied; median of 3 runs\n`)
console.log('| users | µs per command (latest version kept) | vs 1k | µs per command (every version kept) | bytes retained per kept version | one full recompile (ms) |')
console.log('|---:|---:|---:|---:|---:|---:|')
for (const r of rows)
  console.log(
    `| ${r.n.toLocaleString('en')} | ${r.latestUs.toFixed(1)} | ${(r.latestUs / base).toFixed(2)}× | ${r.keptUs.toFixed(1)} | ${Math.round(r.retainedBytes).toLocaleString('en')} | ${r.recompileMs.toFixed(0)} |`,
  )
