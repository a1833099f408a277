import { connectionsWorld, connectionsInput, connectionRequests } from '../bench/workloads/connections.js'
import { compiled } from '../bench/peers/engine.js'
import { decide, id, resource, subject } from '../src/index.js'
const w = connectionsWorld()
const world = compiled(connectionsInput(w))
const reqs = connectionRequests(w, 'u0', 20000).map((r) => ({ subject: subject.user(id.user(r.user)), action: r.manage ? { type: 'connection.manage' as const } : { type: 'connection.view' as const }, resource: resource.workplaceConnection(id.connection(r.connection)) }))
const d = decide(world)
for (let k = 0; k < 3; k++) for (const r of reqs) d(r.subject, r.action, r.resource)
const t = performance.now()
for (let k = 0; k < 15; k++) for (const r of reqs) d(r.subject, r.action, r.resource)
console.log('ns', ((performance.now() - t) * 1e6) / (15 * reqs.length))
