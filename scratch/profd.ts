import { planning, workload1, cellRequests, names } from '../bench/workloads/planning.js'
import { engineWorld, engineRequests } from '../bench/peers/engine.js'
import { decide } from '../src/index.js'
const w = planning(workload1)
const world = engineWorld(w)
const er = engineRequests(cellRequests(w, names.user, 20000))
const d = decide(world)
for (let k = 0; k < 3; k++) for (const r of er) d(r.subject, r.action, r.resource)
const t = performance.now()
for (let k = 0; k < 15; k++) for (const r of er) d(r.subject, r.action, r.resource)
console.log('ns', ((performance.now() - t) * 1e6) / (15 * er.length))
