// @ts-nocheck
// Loads the CommonJS build with plain node and answers one decision.
const { compile, decide, subject, resource, id } = require('../dist/index.cjs')
const world = compile({ tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [], models: [] } })
if (world._tag !== 'Right') throw new Error('smoke (cjs): the world does not compile')
const d = decide(world.right)(subject.user(id.user('ana')), { type: 'tenant.readAudit' }, resource.tenant)
if (d.effect !== 'deny') throw new Error('smoke (cjs): expected a deny')
console.log('cjs build: ok,', d.effect, d.reasons.map((r) => r.code).join(' '))
