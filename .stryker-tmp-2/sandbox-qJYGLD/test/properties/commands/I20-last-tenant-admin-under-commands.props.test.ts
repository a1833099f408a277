// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TenantInput, World } from '../../../src/index.js'
import { logArb, tenantWithListsArb } from '../../support/commands.js'
import { tenantOf, walk } from '../../support/command-steps.js'
import { compileTenant } from '../../support/commands.js'

/** The tenant with u0 an enabled tenant administrator. */
const withAdmin = (tenant: TenantInput): TenantInput => ({
  ...tenant,
  users: tenant.users.map((u) => (u.id === 'u0' ? { ...u, kind: 'internal', enabled: true, roles: [...new Set([...(u.roles ?? []), 'tenantAdmin' as const])] } : u)),
})

const enabledTenantAdmins = (world: World): number =>
  tenantOf(world).users.filter((u) => u.enabled !== false && (u.roles ?? []).includes('tenantAdmin')).length

describe('I20 under commands', () => {
  it('I20 a tenant that has an enabled tenant administrator keeps one after any log', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(20), (tenant, log) => {
        for (const step of walk(compileTenant(withAdmin(tenant)), log)) expect(enabledTenantAdmins(step.after)).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
  })
})
