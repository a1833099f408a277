// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { compile, decide, subject, resource, id } from '../src/index.js'

describe('foundation', () => {
  it('compiles a minimal world; a deny names the layer that stopped it', () => {
    const world = compile({ tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [], models: [] } })
    expect(world._tag).toBe('Right')
    if (world._tag !== 'Right') return
    const d = decide(world.right)(subject.user(id.user('ana')), { type: 'tenant.readAudit' }, resource.tenant)
    expect(d.effect).toBe('deny')
    expect(d.reasons.map((r) => r.code)).toEqual(['tenant_roles.audit_not_licensed', 'tenant_roles.role_required'])
  })
})
