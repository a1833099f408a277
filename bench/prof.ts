import { planning } from './workloads/planning.js'
import { planningInput } from './workloads/planning-input.js'
import { scaleSizes } from './workloads/scale.js'
import { compile } from '../src/index.js'
const input = planningInput(planning(scaleSizes[Number(process.env.SIZE ?? 1)]!.sizes))
const t = performance.now()
compile(input)
console.log('compile', performance.now() - t)
