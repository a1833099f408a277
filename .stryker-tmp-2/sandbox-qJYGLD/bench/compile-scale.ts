/**
 * Times `compile` of workload 4 at one size, a few runs, with the heap the compiled world retains:
 * `tsx --expose-gc bench/compile-scale.ts [users=100000] [runs=3]`. The full `npm run bench` measures the
 * same thing once per size among everything else; this is the quick loop for work on compile itself.
 */
// @ts-nocheck

import { compile } from '../src/index.js'
import { measureBuild } from './measure.js'
import { planningInput } from './workloads/planning-input.js'
import { planning } from './workloads/planning.js'
import { scaleSizes } from './workloads/scale.js'

const users = Number(process.argv[2] ?? 100_000)
const runs = Number(process.argv[3] ?? 3)
const size = scaleSizes.find((s) => s.users === users)
if (size === undefined) throw new Error(`no workload 4 size with ${users} users`)

const input = planningInput(planning(size.sizes))
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const costs = Array.from({ length: runs }, () => {
  const built = measureBuild(() => compile(input))
  if (built.value._tag === 'Left') throw new Error(`compile: ${built.value.left[0]?.message ?? ''}`)
  console.log(`${size.label}: ${built.ms.toFixed(0)} ms, ${built.mb.toFixed(0)} MB`)
  return { ms: built.ms, mb: built.mb } // the world itself is dropped, so that each run starts from the same heap
})
console.log(`median: ${median(costs.map((c) => c.ms)).toFixed(0)} ms, ${median(costs.map((c) => c.mb)).toFixed(0)} MB`)
