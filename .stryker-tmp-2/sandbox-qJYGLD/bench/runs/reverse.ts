// @ts-nocheck
import { cpus, loadavg } from 'node:os'
import { accessReview, compile, decide, id, resource, reviewCsv, subject, whatCan, whoCan, type CellResource, type Subject } from '../../src/index.js'
import { measureBuild, overPool, timeTasks } from '../measure.js'
import type { Options } from '../options.js'
import { num, ratio, spread, type Outcome, type Target } from '../report.js'
import { random } from '../workloads/random.js'
import { reverseSizes, reverseWorld } from '../workloads/reverse.js'

const read = { type: 'cell.read', channel: 'interactive' } as const

const collect = (): void => (globalThis as { gc?: () => void }).gc?.()

/**
 * Streams the whole review into a CSV sink that only counts, twice: timed, sampling the heap every
 * 5,000 rows (garbage awaiting collection included); then untimed, collecting garbage every 50,000 rows
 * so that the sample is what the review holds live.
 */
const streamReview = (world: Parameters<typeof accessReview>[0]) => {
  const pass = (every: number, sample: () => void) => {
    collect()
    const before = process.memoryUsage().heapUsed
    let peak = before
    let rows = -1
    let bytes = 0
    const start = performance.now()
    for (const chunk of reviewCsv(accessReview(world))) {
      rows++
      bytes += chunk.length
      if (rows % every === 0) {
        sample()
        peak = Math.max(peak, process.memoryUsage().heapUsed)
      }
    }
    return { rows, bytes, ms: performance.now() - start, peakMb: (Math.max(peak, process.memoryUsage().heapUsed) - before) / 1e6 }
  }
  const timed = pass(5_000, () => undefined)
  const live = pass(50_000, collect)
  return { ...timed, liveMb: live.peakMb }
}

/** Workload 5: the reverse questions (whoCan, whatCan, accessReview) on the world. */
export const runReverse = (options: Options): Outcome => {
  const sizes = reverseSizes(options.quick)
  const { input, names } = reverseWorld(sizes)
  const built = measureBuild(() => compile(input))
  if (built.value._tag === 'Left') throw new Error(`compile: ${built.value.left[0]?.message ?? ''}`)
  const world = built.value.right
  const rng = random(7)
  const cells: CellResource[] = Array.from({ length: 200 }, () =>
    resource.cell({ model: id.model('plan'), module: id.module('spend'), lineItem: id.lineItem('amount'), version: id.version('budget'), items: { 'cost-centre': id.item(rng.pick(names.leaves)), product: id.item(rng.pick(names.products)) } }),
  )
  const users: readonly Subject[] = [subject.internalAlias, ...input.tenant!.users.map((u) => subject.user(id.user(u.id)))]
  const planners: readonly Subject[] = Array.from({ length: 200 }, () => subject.user(id.user(rng.pick(names.assigned))))
  const ask = whoCan(world)
  const decider = decide(world)
  const what = whatCan(world)
  const allowedBy = (cell: CellResource): number => users.reduce((n, who) => n + (decider(who, read, cell).effect === 'allow' ? 1 : 0), 0)
  // The bound functions build their indexes on first use: once here, as a service would at start.
  const sample = cells.slice(0, 5).map((cell) => ({ answered: ask(read, cell).entries.length, counted: allowedBy(cell) }))
  if (sample.some((s) => s.answered !== s.counted)) throw new Error('whoCan disagrees with decide for every user')
  const allowedPerCell = sample.reduce((sum, s) => sum + s.answered, 0) / sample.length
  const timing = timeTasks(
    [
      overPool('whoCan, one cell', cells, 1, (cell) => ask(read, cell).entries.length > 0),
      overPool('decide for every user, one cell', cells, 1, (cell) => allowedBy(cell) > 0),
      overPool('whatCan, one user, 1M-cell model', planners, 1, (who) => what(who, { kind: 'model', model: id.model('plan') }).kind === 'model'),
    ],
    { time: options.budget.time * 3, warmup: options.budget.warmup },
  )
  const who = timing.get('whoCan, one cell')
  const brute = timing.get('decide for every user, one cell')
  const whatTiming = timing.get('whatCan, one user, 1M-cell model')
  const review = streamReview(world)
  const ms = (t: typeof who): number => (t?.median ?? NaN) / 1e6
  const full = !options.quick
  const targets: Target[] = [
    { name: 'workload 5: whoCan for one cell (100k users) at most 20 ms', measured: `${num(ms(who))} ms`, met: full ? ms(who) <= 20 : undefined },
    { name: 'workload 5: … and at least 20× faster than decide for every user', measured: ratio(brute, who), met: full ? (brute?.median ?? 0) / (who?.median ?? Infinity) >= 20 : undefined },
    { name: 'workload 5: whatCan for one user over a 1M-cell model at most 20 ms', measured: `${num(ms(whatTiming))} ms`, met: full ? ms(whatTiming) <= 20 : undefined },
    { name: 'workload 5: accessReview peak live heap at most the compiled world\'s again (2× in all)', measured: `${num(review.liveMb)} MB over ${num(built.mb)} MB`, met: full ? review.liveMb <= built.mb : undefined },
  ]
  return {
    sections: [
      {
        title: 'Workload 5: reverse questions',
        intro: `${sizes.label}: ${input.tenant!.users.length.toLocaleString('en')} users, ${names.assigned.length.toLocaleString('en')} of them assigned in the model (${sizes.grants.leaves + sizes.grants.countries + sizes.grants.regions} selective-access grants each, on cost centres, countries and regions), ${names.leaves.length.toLocaleString('en')} cost centres × ${names.products.length} products on one line item at one version (${(names.leaves.length * names.products.length).toLocaleString('en')} cells). The compiled world retains ${num(built.mb)} MB. whoCan and whatCan are bound once (their indexes built before timing, as a service holding the world would); the brute force decides every user and the alias for the same cell with one bound decider. Timings in ms per question.`,
        headers: ['question', 'ms: median (min–max)', 'vs whoCan'],
        rows: [
          ['whoCan, one cell (allowed subjects)', spread(who && { ...who, median: who.median / 1e6, min: who.min / 1e6, max: who.max / 1e6 }), '1×'],
          ['decide for every user, one cell', spread(brute && { ...brute, median: brute.median / 1e6, min: brute.min / 1e6, max: brute.max / 1e6 }), ratio(brute, who)],
          ['whatCan, one assigned user, the model', spread(whatTiming && { ...whatTiming, median: whatTiming.median / 1e6, min: whatTiming.min / 1e6, max: whatTiming.max / 1e6 }), ratio(whatTiming, who)],
        ],
        notes: [
          `accessReview of the whole world, streamed through reviewCsv into a sink that counts: ${review.rows.toLocaleString('en')} rows (${num(review.bytes / 1e6)} MB of CSV) in ${num(review.ms / 1000)} s, ${Math.round(review.rows / (review.ms / 1000)).toLocaleString('en')} rows/s; while it ran, the heap grew by at most ${num(review.peakMb)} MB over the compiled world's ${num(built.mb)} MB (sampled every 5,000 rows, garbage not yet collected included), and what it held live (a second, untimed pass, collecting garbage every 50,000 rows) by at most ${num(review.liveMb)} MB: the decider's memo (bounded by its 32 MiB budget) and the rows in flight. The world has no access drivers: a driver row costs a decideCells per subject, line item and version, which this workload does not measure.`,
          `whoCan decides only its candidates (for a cell: the holders of a grant on the cell's cost centre, its country or its region who are assigned a role, and the workspace administrators) and knows every other user is denied; here about ${Math.round(allowedPerCell).toLocaleString('en')} subjects are allowed per cell (the answers of five cells checked against the brute force before timing), and the brute force asks decide ${users.length.toLocaleString('en')} times. Both are mostly decide: whoCan's time grows with the subjects allowed, not with the tenant.`,
          `Load average at the end of this workload: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores.`,
        ],
      },
    ],
    targets,
  }
}
