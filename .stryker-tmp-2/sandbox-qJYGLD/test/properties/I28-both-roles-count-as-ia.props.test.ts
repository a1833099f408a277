// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, type TenantInput } from '../../src/index.js'
import { cloudworksRequestArb, cloudworksTenantArb, subjectArb } from '../support/arbitraries/cloudworks.js'
import { compiled } from '../support/compiled.js'

const withRoles = (tenant: TenantInput, user: string, riu: readonly string[] | undefined): TenantInput => ({
  ...tenant,
  users: tenant.users.map((u) => {
    if (u.id !== user) return u
    const roles = [...new Set([...(u.roles ?? []), 'integrationAdmin' as const])]
    return riu === undefined ? { id: u.id, kind: u.kind, enabled: u.enabled ?? true, roles } : { ...u, roles, restrictedIntegrationWorkspaces: riu }
  }),
})

describe('I28', () => {
  it('I28 holding both roles counts as IA: every CloudWorks decision equals that with IA alone', () => {
    fc.assert(
      fc.property(
        cloudworksTenantArb,
        fc.constantFrom('u0', 'u1', 'u2', 'u3', 'u4', 'u5'),
        fc.subarray(['ws0', 'ws1', 'ws2'], { minLength: 1 }),
        fc.array(fc.tuple(subjectArb, cloudworksRequestArb), { minLength: 1, maxLength: 10 }),
        (tenant, user, riu, requests) => {
          const both = decide(compiled({ tenant: withRoles(tenant, user, riu) }))
          const iaOnly = decide(compiled({ tenant: withRoles(tenant, user, undefined) }))
          for (const [who, { action, resource }] of requests) expect(both(who, action, resource)).toEqual(iaOnly(who, action, resource))
        },
      ),
      { numRuns: 300 },
    )
  })
})
