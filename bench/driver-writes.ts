/**
 * The cost of one `cell.write` command on the line item that holds an access driver, by the driver's
 * form and size: a few cells; 10,000 × 1,000 cells as a bitmap (its 1.25 MB of bits copied and one bit
 * set); the same cells given as 100,000 values (the bits and the order of the values copied); and a
 * driver over `users` × a list with 10,000 values, kept in nested maps (rebuilt from its values).
 * Run with `npx tsx bench/driver-writes.ts`; figures are milliseconds a write, the median of the runs.
 */
import { apply, compile, id, resource, subject, type Command, type DriverInput, type World } from '../src/index.js'
import { encodeBase64 } from '../src/internal/base64.js'

const t0 = Date.UTC(2026, 10, 23, 9, 0)
const items = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }))

const worldOf = (driver: DriverInput, lists: readonly { readonly id: string; readonly size: number }[], users: number): World => {
  const names = Array.from({ length: users }, (_, i) => `u${i}`)
  const listIds = lists.map((l) => l.id)
  const compiled = compile({
    tenant: {
      users: [{ id: 'wes', kind: 'internal' }, ...names.map((u) => ({ id: u, kind: 'internal' as const }))],
      workspaces: [{ id: 'ws', members: [{ user: 'wes', admin: true }] }],
      models: [
        {
          id: 'm',
          workspace: 'ws',
          versions: [{ id: 'budget' }],
          lists: lists.map((l) => ({ id: l.id, items: items(l.id, l.size) })),
          modules: [{ id: 'held', lists: listIds, lineItems: [{ id: 'driver' }] }],
          drivers: [{ ...driver, lineItem: { module: 'held', lineItem: 'driver', version: 'budget' } }],
          assignments: [{ user: 'wes', role: 'fullAccess' }],
        },
      ],
    },
  })
  if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return compiled.right
}

const writeAt = (i: number, listItems: Readonly<Record<string, string>>, user?: string): Command => ({
  actor: subject.user(id.user('wes')),
  action: { type: 'cell.write', channel: 'interactive' },
  resource: resource.cell({ model: id.model('m'), module: id.module('held'), lineItem: id.lineItem('driver'), version: id.version('budget'), items: Object.fromEntries(Object.entries(listItems).map(([k, v]) => [k, id.item(v)])) }),
  at: t0 + i,
  tiebreak: i,
  write: user === undefined ? { value: i % 2 === 0 } : { value: i % 2 === 0, user: id.user(user) },
})

/** Milliseconds a write: `writes` commands in a chain, each on the world the last one left, median of 5 runs. */
const time = (world: World, command: (i: number) => Command, writes: number): number => {
  const runs: number[] = []
  for (let run = 0; run < 5; run++) {
    let current = world
    const start = performance.now()
    for (let i = 0; i < writes; i++) {
      const result = apply(current, command(run * writes + i))
      if (result._tag === 'Left') throw new Error(result.left.reasons.map((r) => r.code).join())
      current = result.right.world
    }
    runs.push((performance.now() - start) / writes)
  }
  return runs.sort((a, b) => a - b)[2] ?? 0
}

const small = worldOf({ id: 'd', dimensions: ['r'], values: [] }, [{ id: 'r', size: 3 }], 0)
const grid = [{ id: 'cc', size: 10_000 }, { id: 'p', size: 1_000 }]
const bitmap = worldOf({ id: 'd', dimensions: ['cc', 'p'], bitmap: encodeBase64(new Uint8Array(1_250_000)) }, grid, 0)
const values = worldOf({ id: 'd', dimensions: ['cc', 'p'], values: Array.from({ length: 100_000 }, (_, i) => ({ items: { cc: `cc${i % 10_000}`, p: `p${Math.floor(i / 10_000)}` }, value: true })) }, grid, 0)
const nested = worldOf({ id: 'd', dimensions: ['users', 'r'], values: Array.from({ length: 10_000 }, (_, i) => ({ user: `u${i}`, items: { r: 'r0' }, value: true })) }, [{ id: 'r', size: 3 }], 10_000)

const figures = {
  'few cells (3)': time(small, (i) => writeAt(i, { r: `r${i % 3}` }), 200),
  '10M cells, bitmap': time(bitmap, (i) => writeAt(i, { cc: `cc${(i * 7919) % 10_000}`, p: `p${i % 1_000}` }), 20),
  '10M cells, 100k values': time(values, (i) => writeAt(i, { cc: `cc${(i * 7919) % 10_000}`, p: `p${i % 1_000}` }), 20),
  'users × list, 10k values (nested maps)': time(nested, (i) => writeAt(i, { r: 'r1' }, `u${i % 10_000}`), 20),
}
const base = figures['few cells (3)']
for (const [name, ms] of Object.entries(figures)) console.log(`${name.padEnd(40)} ${ms.toFixed(3)} ms a write  (${(ms / base).toFixed(0)}× the few-cell driver)`)
