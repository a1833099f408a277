import { describe, expect, it } from 'vitest'
import { compile, decide, subject, resource, id } from '../src/index.js'

describe('foundation', () => {
  it('compiles a minimal world and denies by default (I1)', () => {
    const world = compile({ tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [], models: [] } })
    expect(world._tag).toBe('Right')
    if (world._tag !== 'Right') return
    const d = decide(world.right)(subject.user(id.user('ana')), { type: 'tenant.readAudit' }, resource.tenant)
    expect(d.effect).toBe('deny')
    expect(d.reasons.map((r) => r.code)).toContain('default.no_grant')
  })
})
