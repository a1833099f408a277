// @ts-nocheck
// Loads the ES module build with plain node and answers one decision.
import { compile, decide, subject, resource, id } from '../dist/index.js'

const world = compile({ tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [], models: [] } })
if (world._tag !== 'Right') throw new Error('smoke (esm): the world does not compile')
const d = decide(world.right)(subject.user(id.user('ana')), { type: 'tenant.readAudit' }, resource.tenant)
if (d.effect !== 'deny') throw new Error('smoke (esm): expected a deny')
console.log('esm build: ok,', d.effect, d.reasons.map((r) => r.code).join(' '))
