import { planning, workload1, cellRequests, names } from './workloads/planning.js'
import { floor } from './peers/floor.js'
import { engineWorld, engineRequests, enginePeer } from './peers/engine.js'
import { decide } from '../src/index.js'
const w = planning(workload1)
const reqs = cellRequests(w, names.user, 20000)
const f = floor(w)
let t = performance.now(); const world = engineWorld(w); console.log('compile', performance.now() - t)
const er = engineRequests(reqs); const e = enginePeer(world)
let dis = 0
for (let i = 0; i < reqs.length; i++) if (f(reqs[i]!) !== e(er[i]!)) { if (dis++ < 3) console.log(reqs[i], JSON.stringify(decide(world)(er[i]!.subject, er[i]!.action, er[i]!.resource))) }
console.log('disagree', dis)
const d = decide(world)
for (let k = 0; k < 5; k++) {
  t = performance.now(); for (const r of er) d(r.subject, r.action, r.resource); const te = performance.now() - t
  t = performance.now(); for (const r of reqs) f(r); const tf = performance.now() - t
  console.log('engine ns', (te * 1e6 / er.length).toFixed(0), 'floor ns', (tf * 1e6 / er.length).toFixed(0))
}
