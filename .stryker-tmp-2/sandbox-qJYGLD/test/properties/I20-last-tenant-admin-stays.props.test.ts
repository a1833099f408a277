// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type TenantInput } from '../../src/index.js'
import { tenantArb, userIdArb } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

/** The tenant with `only` as its single tenant administrator. */
const soleAdmin = (tenant: TenantInput, only: string): TenantInput => ({
  ...tenant,
  users: tenant.users.map((u) => {
    const others = (u.roles ?? []).filter((role) => role !== 'tenantAdmin')
    return { ...u, roles: u.id === only ? [...others, 'tenantAdmin'] : others }
  }),
})

describe('I20', () => {
  it('I20 removing the Tenant Administrator role from the only holder is denied', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, userIdArb, (generated, only, who) => {
        const tenant = soleAdmin(generated, only)
        const decision = decide(compiled({ tenant }))(
          subject.user(id.user(who)),
          { type: 'tenant.unassignRole', role: 'tenantAdmin' },
          resource.user(id.user(only)),
        )
        expect(decision.effect).toBe('deny')
        expect(decision.reasons.map((r) => r.code)).toContain('tenant_roles.last_tenant_admin')
      }),
      { numRuns: 150 },
    )
  })
})
