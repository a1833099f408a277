// @ts-nocheck
import { compile, decide, id, resource, subject, type Action, type World } from '../../src/index.js'
import { agreement } from '../agreement.js'
import { measureBuild, overPool, timeTasks } from '../measure.js'
import type { Options } from '../options.js'
import { engineRequests } from '../peers/engine.js'
import { floor } from '../peers/floor.js'
import { num, ratio, spread, type Outcome } from '../report.js'
import { planningInput } from '../workloads/planning-input.js'
import { names, planning, type CellRequest, type Planning } from '../workloads/planning.js'
import { scaleSizes } from '../workloads/scale.js'
import { randomUserRequests } from '../workloads/turns.js'

const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
}

const actions: readonly Action[] = [
  { type: 'cell.read', channel: 'interactive' },
  { type: 'cell.write', channel: 'interactive' },
]

/**
 * The heap a fresh decider holds after `requests` requests from every user of the world in turn (each
 * request built as it is made, on the items of the prepared requests), in MB: measured from after the
 * decider is bound, with the decider still held.
 */
const heldAfter = (compiled: World, world: Planning, pool: readonly CellRequest[], requests: number): number => {
  const fresh = decide(compiled)
  const model = id.model(names.model)
  const module = id.module(names.module)
  const lineItem = id.lineItem(names.lineItem)
  collect()
  const before = process.memoryUsage().heapUsed
  const ask = (i: number) => {
    const r = pool[i % pool.length]!
    const user = world.users[i % world.users.length]!
    return fresh(subject.user(id.user(user.id)), actions[i & 1]!, resource.cell({ model, module, lineItem, version: id.version(r.version), items: { costCentres: id.item(r.costCentre), products: id.item(r.product) } }))
  }
  for (let i = 0; i < requests; i++) ask(i)
  collect()
  const held = process.memoryUsage().heapUsed - before
  ask(0) // the decider is still held when the heap is read
  return held / 1e6
}

/**
 * Shape B: many users in turn. Workload 4's largest world (100k users, 1M cost centres), each
 * request from a user drawn at random, among all 100k users and among the first 1k, on the same
 * compiled world and decider; then the heap after a million requests from the 100k users.
 */
export const runTurns = (options: Options): Outcome => {
  const size = options.quick ? scaleSizes[1]! : scaleSizes[2]!
  const world = planning(size.sizes)
  const input = planningInput(world)
  const built = measureBuild(() => compile(input))
  if (built.value._tag === 'Left') throw new Error(`compile: ${built.value.left[0]?.message ?? ''}`)
  const compiled = built.value.right
  const engine = decide(compiled)
  const pool = 100_000
  const all = randomUserRequests(world, size.users, pool, 11)
  const few = randomUserRequests(world, 1_000, pool, 12)
  const [allPrepared, fewPrepared] = [engineRequests(all), engineRequests(few)]
  const handWritten = floor(world)
  const votes = agreement([
    { name: 'accessgrid', limit: 20_000, allows: (i) => engine(allPrepared[i]!.subject, allPrepared[i]!.action, allPrepared[i]!.resource).effect === 'allow' },
    { name: 'floor', limit: 20_000, allows: (i) => handWritten(all[i]!) },
  ])
  const manyName = `accessgrid, ${size.users.toLocaleString('en')} users in turn`
  const timings = timeTasks(
    [
      overPool(manyName, allPrepared, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool('accessgrid, 1,000 users in turn', fewPrepared, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool(`floor, ${size.users.toLocaleString('en')} users in turn`, all, 1_000, handWritten),
      overPool('floor, 1,000 users in turn', few, 1_000, handWritten),
    ],
    options.budget,
  )
  const memoMb = heldAfter(compiled, world, all, options.quick ? 200_000 : 1_000_000)
  const requests = options.quick ? 200_000 : 1_000_000
  const worldAndMemo = (built.mb + memoMb) / built.mb
  const many = timings.get(manyName)
  const one = timings.get('accessgrid, 1,000 users in turn')
  const growth = (many?.median ?? NaN) / (one?.median ?? NaN)
  const floorMany = timings.get(`floor, ${size.users.toLocaleString('en')} users in turn`)
  const floorFew = timings.get('floor, 1,000 users in turn')
  return {
    sections: [
      {
        title: 'Shape B: many users in turn',
        intro: `Workload 4's ${size.label} world (compiled in ${num(built.ms)} ms, ${num(built.mb)} MB), one decider; each request from a user drawn at random (${pool.toLocaleString('en')} prepared requests a row, half of their items under the user's grants): among all ${size.users.toLocaleString('en')} users, and among the first 1,000. Then ${requests.toLocaleString('en')} requests on a fresh decider, from every user in turn, and the heap it holds afterwards.`,
        headers: ['requests from', 'ns per decision: median (min–max)', 'vs 1,000 users', 'vs floor'],
        rows: [
          [manyName, spread(many), `${num(growth)}×`, ratio(many, floorMany)],
          ['accessgrid, 1,000 users in turn', spread(one), '1.00×', ratio(one, floorFew)],
          [`floor, ${size.users.toLocaleString('en')} users in turn`, spread(floorMany), ratio(floorMany, floorFew), '1.00×'],
          ['floor, 1,000 users in turn', spread(floorFew), '1.00×', '1.00×'],
        ],
        notes: [
          `Agreement: ${votes.map((v) => `${v.name} ${v.disagreements} disagreements in ${v.checked}`).join('; ')}.`,
          `Heap: the compiled world retains ${num(built.mb)} MB; after ${requests.toLocaleString('en')} requests from ${Math.min(requests, size.users).toLocaleString('en')} distinct users the decider's memo holds ${num(memoMb)} MB more: ${num(worldAndMemo)}× the world's.`,
        ],
      },
    ],
    floors: [
      { shape: `shape B (${size.users.toLocaleString('en')} users in turn over ${size.label.split(', ')[1]}), decide`, ratio: (many?.median ?? NaN) / (floorMany?.median ?? NaN) },
      { shape: 'shape B (1,000 users in turn), decide', ratio: (one?.median ?? NaN) / (floorFew?.median ?? NaN) },
    ],
    targets: [
      { name: `shape B: decide at ${size.users.toLocaleString('en')} users in turn in at most 2 µs`, measured: `${num((many?.median ?? NaN) / 1000)} µs`, met: options.quick ? undefined : (many?.median ?? Infinity) <= 2_000 },
      { name: 'shape B: … within 1.3× of 1,000 users in turn', measured: `${num(growth)}×`, met: options.quick ? undefined : growth <= 1.3 },
      { name: 'shape B: … within 3× of the floor', measured: ratio(many, floorMany), met: (many?.median ?? Infinity) <= 3 * (floorMany?.median ?? 0) },
      { name: 'shape B: heap after the requests within 1.5× of the compiled world\'s', measured: `${num(worldAndMemo)}×`, met: options.quick ? undefined : worldAndMemo <= 1.5 },
      { name: 'shape B: accessgrid agrees with the floor', measured: votes.map((v) => `${v.name} ${v.disagreements}/${v.checked}`).join(', '), met: votes.every((v) => v.disagreements === 0) },
    ],
  }
}
