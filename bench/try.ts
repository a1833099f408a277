import { planning } from './workloads/planning.js'
import { planningInput } from './workloads/planning-input.js'
import { scaleSizes, listItems } from './workloads/scale.js'
import { compile } from '../src/index.js'
const gc = (globalThis as any).gc as () => void
for (const s of scaleSizes) {
  let t = performance.now()
  const input = planningInput(planning(s.sizes))
  console.log(s.label, listItems(s.sizes), 'gen ms', (performance.now() - t).toFixed(0))
  gc(); const before = process.memoryUsage().heapUsed
  t = performance.now()
  const w = compile(input)
  const ms = performance.now() - t
  gc(); const after = process.memoryUsage().heapUsed
  console.log('  compile ms', ms.toFixed(0), 'heap MB', ((after - before) / 1e6).toFixed(0), w._tag)
}
