// @ts-nocheck
import { Bench } from 'tinybench'

/** Nanoseconds per operation over the samples of one task: median, fastest and slowest sample. */
export interface Timing {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly samples: number
}

/** One thing to time: `run` performs `perCall` operations (decisions, counts) per call. */
export interface Task {
  readonly name: string
  readonly perCall: number
  readonly run: () => unknown
}

/** How long to spend: per task, and on warming it up (milliseconds). */
export interface Budget {
  readonly time: number
  readonly warmup: number
}

const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error('run with --expose-gc (npm run bench does)')
  gc()
  gc()
}

/** How many rounds each task is timed in, its time budget shared between them. */
const rounds = 5

/**
 * Times tasks with tinybench in one process (so ratios compare like with like), after full
 * collections, so that no garbage from building the worlds is collected while timing. The tasks take
 * turns in rounds, each round starting one task later, and each timing is over the samples of every
 * round: a burst of load from elsewhere on a shared machine then falls on a part of each task's
 * samples rather than on all of one task's, which would skew a ratio.
 */
export const timeTasks = (tasks: readonly Task[], budget: Budget): ReadonlyMap<string, Timing> => {
  collect()
  const samples = new Map<string, number[]>(tasks.map((task) => [task.name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = tasks.map((_, i) => tasks[(i + round) % tasks.length]!)
    const bench = new Bench({ time: budget.time / rounds, warmupTime: round === 0 ? budget.warmup : budget.warmup / rounds, iterations: 5, retainSamples: true })
    for (const task of order) bench.add(task.name, task.run)
    bench.runSync().forEach((done, index) => {
      const task = order[index]!
      const result = done.result
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state === 'errored' ? String(result.error) : result.state}`)
      samples.get(task.name)!.push(...(result.latency.samples ?? []))
    })
  }
  return new Map(
    tasks.map((task) => {
      const sorted = samples.get(task.name)!.sort((a, b) => a - b)
      const ns = (ms: number | undefined): number => ((ms ?? NaN) * 1e6) / task.perCall
      return [task.name, { median: ns(sorted[Math.floor(sorted.length / 2)]), min: ns(sorted[0]), max: ns(sorted[sorted.length - 1]), samples: sorted.length }]
    }),
  )
}


/** What building something cost: wall time, and the heap it retains (after full collections). */
export interface BuildCost<T> {
  readonly value: T
  readonly ms: number
  readonly mb: number
}

const heapUsed = (): number => process.memoryUsage().heapUsed

/** The heap freed when a fresh build is dropped, after full collections. */
const freedOnDrop = (build: () => unknown): number => {
  const holder: { value: unknown } = { value: build() }
  collect()
  const kept = heapUsed()
  holder.value = undefined
  collect()
  return kept - heapUsed()
}

/**
 * Builds once, timing it, and measures the heap a build retains, in MB. Two measures, each of which can
 * only under-count: the growth of the heap across the build (garbage the caller frees meanwhile is
 * subtracted) and the heap freed when a second build is dropped (a reference that lingers keeps it);
 * the larger is reported. `build` must not depend on state it changes.
 *
 * @example
 * ```ts
 * const { value, ms, mb } = measureBuild(() => compile(input))
 * ```
 */
export const measureBuild = <T>(build: () => T): BuildCost<T> => {
  collect()
  const before = heapUsed()
  const start = performance.now()
  const value = build()
  const ms = performance.now() - start
  collect()
  const growth = heapUsed() - before
  return { value, ms, mb: Math.max(growth, freedOnDrop(build)) / 1e6 }
}

/** A task that walks a pool of prepared requests, `perCall` of them per call, round and round. */
export const overPool = <R>(name: string, pool: readonly R[], perCall: number, decide: (request: R) => unknown): Task => {
  const state = { at: 0 }
  return {
    name,
    perCall,
    run: () => {
      let at = state.at
      let sink = 0
      for (let i = 0; i < perCall; i++) {
        if (decide(pool[at]!) === true) sink++
        at = at + 1 === pool.length ? 0 : at + 1
      }
      state.at = at
      return sink
    },
  }
}
