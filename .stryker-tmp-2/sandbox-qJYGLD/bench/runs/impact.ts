// @ts-nocheck
import { compile, decide, id, impact, impactOf, lint, resource, subject, type Command, type World, type WorldInput } from '../../src/index.js'
import { deepFreeze } from '../../src/internal/deep-freeze.js'
import { snapshotOf, toWorld } from '../../src/internal/world-handle.js'
import { withEntry } from '../../src/snapshot/persistent/patched-map.js'
import { timeTasks, type Timing } from '../measure.js'
import type { Options } from '../options.js'
import { num, type Outcome } from '../report.js'
import { planningInput } from '../workloads/planning-input.js'
import { names, planning, type Planning } from '../workloads/planning.js'
import { listItems, scaleSizes } from '../workloads/scale.js'

/** The planning world's input with a workspace administrator `wsa`, who may import selective access (R33). */
const withAdministrator = (world: Planning): WorldInput => {
  const input = planningInput(world)
  const tenant = input.tenant
  if (tenant === undefined) throw new Error('no tenant')
  return {
    ...input,
    tenant: {
      ...tenant,
      users: [...tenant.users, { id: 'wsa', kind: 'internal' }],
      workspaces: tenant.workspaces.map((ws) => ({ ...ws, members: [...(ws.members ?? []), { user: 'wsa', admin: true }] })),
    },
  }
}

const compiled = (input: WorldInput): World => {
  const result = compile(input)
  if (result._tag === 'Left') throw new Error(`compile: ${result.left[0]?.message ?? ''}`)
  return result.right
}

/** The world with one role's permission on the module taken away, every other record shared (as a command leaves it). */
const withRoleLowered = (world: World, role: string): World => {
  const snapshot = snapshotOf(world)
  const tenant = snapshot.tenant
  const model = tenant?.models.get(id.model(names.model))
  const record = model?.roles.get(id.role(role))
  if (tenant === undefined || model === undefined || record === undefined) throw new Error(`no role ${role}`)
  const lowered = { ...record, modules: new Map([...record.modules, [id.module(names.module), 0 as const]]) }
  const models = withEntry(tenant.models, model.id, { ...model, roles: withEntry(model.roles, record.id, lowered) })
  return toWorld(deepFreeze({ ...snapshot, tenant: { ...tenant, models } }))
}

const read = { type: 'cell.read', channel: 'interactive' } as const

/** Deciding cells one by one, before and after: a sample of cells of the slice, timed per cell. */
const bruteForceCell = (before: World, after: World, world: Planning, users: readonly string[]): (() => unknown) => {
  const b = decide(before)
  const a = decide(after)
  let i = 0
  return () => {
    const user = subject.user(id.user(users[i % users.length]!))
    const cell = resource.cell({
      model: id.model(names.model), module: id.module(names.module), lineItem: id.lineItem(names.lineItem), version: id.version(world.versions[i % world.versions.length]!),
      items: { costCentres: id.item(world.costCentres[(i * 7919) % world.costCentres.length]!.id), products: id.item(world.products[(i * 31) % world.products.length]!) },
    })
    i++
    return b(user, read, cell).level === a(user, read, cell).level
  }
}

const ms = (t: Timing | undefined): number => (t?.median ?? NaN) / 1e6

/** A timing of whole calls, in milliseconds. */
const inMs = (t: Timing | undefined): string => (t === undefined ? '–' : `${num(t.median / 1e6)} (${num(t.min / 1e6)}–${num(t.max / 1e6)})`)

/** What if: the impact of one selective-access grant, and of one role's module permission, against deciding their scope cell by cell. */
export const runImpact = (options: Options): Outcome => {
  const size = options.quick ? scaleSizes[1]! : scaleSizes[2]!
  const grantWorld = planning(size.sizes)
  const before = compiled(withAdministrator(grantWorld))
  const costCentre = grantWorld.costCentres[12_345 % grantWorld.costCentres.length]!.id
  const grant: Command = {
    actor: subject.user(id.user('wsa')), action: { type: 'selectiveAccess.import', mode: 'additive' },
    resource: resource.list(id.model(names.model), id.list('costCentres')), at: 0, tiebreak: 0,
    rows: [{ user: id.user('u1'), item: id.item(costCentre), level: 'write' }],
  }
  const granted = impactOf(before, grant)
  if (granted.tag !== 'applied') throw new Error('the grant was rejected')
  // A role held by 10k users (each of the three roles is held by a third of the users).
  const roleSizes = { ...size.sizes, users: 30_000 }
  const roleWorld = planning(roleSizes)
  const roleBefore = compiled(planningInput(roleWorld))
  const roleAfter = withRoleLowered(roleBefore, 'reviewer')
  const holders = roleWorld.users.filter((u) => u.role === 'reviewer').map((u) => u.id)
  const roleImpact = impact(roleBefore, roleAfter)
  const cellsPerUser = size.sizes.products * grantWorld.versions.length * grantWorld.costCentres.length
  const budget = { time: options.budget.time * 2, warmup: options.budget.warmup }
  // Two sets of tasks in the same run: deciding cells of 10k users in turn churns the decider's memo
  // (a table of a million items a user), and its garbage would land on the impact's samples.
  const impacts = timeTasks(
    [
      { name: 'grant', perCall: 1, run: () => impactOf(before, grant) },
      { name: 'role', perCall: 1, run: () => impact(roleBefore, roleAfter) },
      { name: 'lint', perCall: 1, run: () => lint(before) },
    ],
    budget,
  )
  const cells = timeTasks(
    [
      { name: 'grant cell', perCall: 1, run: bruteForceCell(before, granted.world, grantWorld, ['u1']) },
      { name: 'role cell', perCall: 1, run: bruteForceCell(roleBefore, roleAfter, roleWorld, holders) },
    ],
    budget,
  )
  const timing = new Map([...impacts, ...cells])
  const grantMs = ms(timing.get('grant'))
  const roleMs = ms(timing.get('role'))
  const grantCells = size.sizes.products * grantWorld.versions.length
  const grantBrute = ms(timing.get('grant cell')) * grantCells
  const roleBrute = ms(timing.get('role cell')) * holders.length * cellsPerUser
  const userBrute = ms(timing.get('grant cell')) * cellsPerUser
  const lintMs = ms(timing.get('lint'))
  const findings = lint(before)
  return {
    sections: [
      {
        title: 'What if: the impact of a change',
        intro: `\`impactOf\` and \`impact\` on the planning workload of workload 4 (${listItems(size.sizes).toLocaleString('en')} list items). One selective-access grant: \`impactOf(world, command)\` of a selective-access import of one row (user u1, Write on one cost centre) into a world of ${size.users.toLocaleString('en')} users, applying it included. One role: \`impact(before, after)\` where the world after lowers the reviewer role's permission on the module from Read to None, every other record shared, in a world of 30,000 users, ${holders.length.toLocaleString('en')} of them holding that role. Against them, deciding cell by cell before and after (\`decide\`, one read each side), timed per cell on cells of the scope and multiplied by the scope's cells.`,
        headers: ['change', 'impact ms: median (min–max)', 'what it reports', 'cell by cell: ns a cell', 'cells in scope', 'cell by cell, scope of the change', 'ratio'],
        rows: [
          [
            'one selective-access grant',
            inMs(timing.get('grant')),
            `${granted.impact.models.length} change(s): ${granted.impact.models.map((c) => (c.kind === 'cells' ? `${c.count} cells ${c.from} → ${c.to}` : c.kind)).join(', ')}`,
            num(ms(timing.get('grant cell')) * 1e6),
            `${grantCells.toLocaleString('en')} (the cost centre's row, every version)`,
            `${num(grantBrute)} ms`,
            `${num(grantBrute / grantMs)}×`,
          ],
          [
            'one role\'s module permission',
            inMs(timing.get('role')),
            `${roleImpact.models.length.toLocaleString('en')} ceiling change(s) for ${new Set(roleImpact.models.map((c) => c.user)).size.toLocaleString('en')} users`,
            num(ms(timing.get('role cell')) * 1e6),
            `${(holders.length * cellsPerUser).toExponential(1)} (every cell of the module, each holder)`,
            `${num(roleBrute / 1000)} s`,
            `${num(roleBrute / roleMs)}×`,
          ],
        ],
        notes: [
          `The grant's scope, without scoping, is every cell of the user in the module: ${cellsPerUser.toExponential(1)} cells, ${num(userBrute / 1000)} s cell by cell (${num(userBrute / grantMs)}× the impact). The impact decides the cells below the granted item only (the grant's region, F45c), before and after, and groups them as boxes.`,
          'A role change reaches no layer that depends on a cell\'s items (selective access, drivers), so the impact reports each holder\'s new ceiling per module, line item and version, decided once on one cell by the policy without those layers; every cell is the lower of the ceiling and its items, which the change leaves as they were (the property in `test/impact/impact-exact.props.test.ts` checks this against `decide`). The scope comes from comparing the two worlds (`scopeBetween`): the changed role record, then the users who hold it.',
        ],
      },
      {
        title: 'Lint of a large world',
        intro: `\`lint(world)\` of the same world of ${size.users.toLocaleString('en')} users and ${listItems(size.sizes).toLocaleString('en')} list items, in the same run: every finding, over every user's selective-access grants (about ten each), every role, line item and driver (the read driver's values over ${grantWorld.costCentres.length.toLocaleString('en')} cost centres), and every RIU.`,
        headers: ['world', 'lint ms: median (min–max)', 'findings'],
        rows: [[size.label, inMs(timing.get('lint')), String(findings.length)]],
        notes: [],
      },
    ],
    targets: [
      { name: `what if: one selective-access grant, ${size.users.toLocaleString('en')} users, at most 10 ms`, measured: `${num(grantMs)} ms`, met: options.quick ? undefined : grantMs <= 10 },
      { name: `what if: one role's module permission, ${holders.length.toLocaleString('en')} holders, at most 200 ms`, measured: `${num(roleMs)} ms`, met: options.quick ? undefined : roleMs <= 200 },
      { name: `lint: ${size.users.toLocaleString('en')} users, ${listItems(size.sizes).toLocaleString('en')} items, at most 2 s`, measured: `${num(lintMs)} ms`, met: options.quick ? undefined : lintMs <= 2_000 },
    ],
  }
}
