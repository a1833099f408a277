// @ts-nocheck
import { compile, decide, decideCells, id, subject, type Action, type WorldInput } from '../../src/index.js'
import { agreement } from '../agreement.js'
import { measureBuild, overPool, timeTasks, type Task } from '../measure.js'
import type { Options } from '../options.js'
import { engineRequests } from '../peers/engine.js'
import { gridCasl } from '../peers/grid-casl.js'
import { gridFloor, gridFloorCount } from '../peers/grid-floor.js'
import { num, ratio, spread, type Outcome } from '../report.js'
import { grid, gridInput, gridRequests, sliceUser, type DriverForm } from '../workloads/grid.js'
import { names } from '../workloads/planning.js'

/** How many users take turns in shape A's requests. */
const inTurn = 200

/** The form of the 2-D driver the shapes compile; the verbose form is compiled too in a full run. */
const form: DriverForm = process.env.GRID_FORM === 'verbose' ? 'verbose' : 'bitmap'

const compiled = (input: WorldInput) => measureBuild(() => {
  const result = compile(input)
  if (result._tag === 'Left') throw new Error(`compile: ${result.left.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  return result.right
})

const read: Action & { type: 'cell.read'; channel: 'interactive' } = { type: 'cell.read', channel: 'interactive' }

/** Shapes A (drivers over two lists, many grants) and C (the 10M-cell driver world: compile, and decideCells over a user's 1M cells). */
export const runGrid = (options: Options): Outcome => {
  const g = grid()
  const built = compiled(gridInput(g, form))
  const verbose = options.quick || form === 'verbose' ? undefined : compiled(gridInput(g, 'verbose'))
  const world = built.value
  const requests = gridRequests(g, inTurn, options.agreement)
  const prepared = engineRequests(requests)
  const engine = decide(world)
  const floor = gridFloor(g)
  const casl = gridCasl(g)
  const votes = agreement([
    { name: 'accessgrid', limit: requests.length, allows: (i) => engine(prepared[i]!.subject, prepared[i]!.action, prepared[i]!.resource).effect === 'allow' },
    { name: 'floor', limit: requests.length, allows: (i) => floor(requests[i]!) },
    { name: 'CASL', limit: requests.length, allows: (i) => casl(requests[i]!) },
  ])
  const timings = timeTasks(
    [
      overPool('accessgrid', prepared, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool('floor', requests, 1_000, floor),
      overPool('CASL', requests, 1_000, casl),
    ],
    options.budget,
  )
  const version = g.world.versions[1]!
  const slice = { model: id.model(names.model), module: id.module(names.module), lineItem: id.lineItem(names.lineItem), version: id.version(version) }
  const batch = decideCells(world)
  const who = subject.user(id.user(sliceUser))
  const engineCount = (): number => batch(who, read, slice).count()
  const firstStart = performance.now()
  const counts = { engine: engineCount(), floor: gridFloorCount(g, sliceUser, version) }
  const firstMs = performance.now() - firstStart
  // A grid slower than a second a call (the nested driver maps) is timed once, not sampled.
  const batchTasks: Task[] = [{ name: 'floor, hand-written batch', perCall: 1, run: () => gridFloorCount(g, sliceUser, version) }]
  if (firstMs < 1_000) batchTasks.unshift({ name: 'accessgrid decideCells(…).count()', perCall: 1, run: engineCount })
  const batchTimings = timeTasks(batchTasks, options.budget)
  const engineMs = (batchTimings.get('accessgrid decideCells(…).count()')?.median ?? firstMs * 1e6) / 1e6
  const floorMs = (batchTimings.get('floor, hand-written batch')?.median ?? NaN) / 1e6
  const at = (name: string) => timings.get(name)
  const toFloor = (at('accessgrid')?.median ?? Infinity) / (at('floor')?.median ?? 0)
  const caslToEngine = (at('CASL')?.median ?? 0) / (at('accessgrid')?.median ?? Infinity)
  const cells = g.world.costCentres.length * g.world.products.length
  const grants = g.world.users.slice(0, 1_000).reduce((n, u) => n + u.grants.length, 0) / Math.min(1_000, g.world.users.length)
  return {
    sections: [
      {
        title: 'Shape A: drivers over two lists, 500 grants a user',
        intro: `The planning model of workload 1 (10 regions > 200 countries > ${g.world.costCentres.length.toLocaleString('en')} cost centres, ${g.world.products.length.toLocaleString('en')} products, both with selective access) whose line item has a read driver over cost centres × products (${cells.toLocaleString('en')} cells, about half TRUE) and a write driver by user (about half TRUE); ${g.world.users.length.toLocaleString('en')} users with about ${num(grants)} selective-access grants each over the three levels of the hierarchy and the products. Random read and write requests of ${inTurn} users in turn (${requests.length} prepared, ${num((100 * votes[0]!.allowed) / votes[0]!.checked)}% allowed). The floor reads the same bits by item numbers found in Maps; CASL gets the cell's attributes from the same data.`,
        headers: ['peer', 'ns per decision: median (min–max)', 'vs floor', 'vs CASL'],
        rows: ['accessgrid', 'floor', 'CASL'].map((name) => [name, spread(at(name)), ratio(at(name), at('floor')), ratio(at(name), at('CASL'))]),
        notes: [`Agreement: ${votes.map((v) => `${v.name} ${v.disagreements} disagreements in ${v.checked}`).join('; ')}.`],
      },
      {
        title: 'Shape C: the 10M-cell driver world',
        intro: `Shape A's world: compile of its input with the 2-D driver as a bitmap (${num((Math.ceil(g.read.length / 3) * 4) / 1e6)} MB of base64)${verbose === undefined ? '' : `, and as verbose values, one for each of its TRUE cells`}; and \`decideCells(…).count()\` over the slice (one line item at one version: ${cells.toLocaleString('en')} cells) for a user whose grants open one region's ${(cells / 10).toLocaleString('en')} cells, against a hand-written count over the same bits.`,
        headers: ['what', 'ms', 'MB', 'vs hand-written'],
        rows: [
          [`compile, ${form} form`, num(built.ms), num(built.mb), '—'],
          ...(verbose === undefined ? [] : [['compile, verbose form', num(verbose.ms), num(verbose.mb), '—']]),
          ['decideCells(…).count()', num(engineMs), '—', `${num(engineMs / floorMs)}×`],
          ['floor, hand-written batch', num(floorMs), '—', '1.00×'],
        ],
        notes: [`Agreement: readable cells counted by decideCells ${counts.engine}, by hand ${counts.floor}.`],
      },
    ],
    floors: [
      { shape: 'shape A (drivers over two lists, 500 grants a user), decide', ratio: toFloor },
      { shape: 'shape C (10M-cell driver world), decideCells', ratio: engineMs / floorMs },
    ],
    targets: [
      { name: 'shape A: `decide` within 3× of the floor', measured: `${num(toFloor)}×`, met: toFloor <= 3 },
      { name: 'shape A: at least 20× ahead of CASL', measured: `${num(caslToEngine)}×`, met: caslToEngine >= 20 },
      { name: 'shape A: accessgrid, floor and CASL agree', measured: votes.map((v) => `${v.name} ${v.disagreements}/${v.checked}`).join(', '), met: votes.every((v) => v.disagreements === 0) },
      { name: 'shape C: the 10M-cell world compiles in at most 3 s', measured: `${num(built.ms / 1000)} s`, met: built.ms <= 3_000 },
      { name: 'shape C: … and at most 500 MB of heap', measured: `${num(built.mb)} MB`, met: built.mb <= 500 },
      { name: 'shape C: decideCells over 1M cells in at most 20 ms', measured: `${num(engineMs)} ms`, met: engineMs <= 20 },
      { name: 'shape C: decideCells agrees with the hand-written count', measured: `${counts.engine} / ${counts.floor}`, met: counts.engine === counts.floor },
    ],
  }
}
