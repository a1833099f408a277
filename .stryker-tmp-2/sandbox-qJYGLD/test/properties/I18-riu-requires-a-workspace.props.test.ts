// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, decide, id, resource, subject, type Action } from '../../src/index.js'
import { tenantArb, userIdArb, withUser } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

describe('I18', () => {
  it('I18 assigning RIU with an empty workspace set is denied, and no stored state holds one', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, userIdArb, fc.boolean(), (tenant, who, target, omitted) => {
        const action: Action = omitted
          ? { type: 'tenant.assignRole', role: 'restrictedIntegrationUser' }
          : { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [] }
        const decision = decide(compiled({ tenant }))(subject.user(id.user(who)), action, resource.user(id.user(target)))
        expect(decision.effect).toBe('deny')
        expect(decision.reasons.map((r) => r.code)).toContain('tenant_roles.riu_requires_workspace')
        const stored = withUser(tenant, { id: target, kind: 'internal', restrictedIntegrationWorkspaces: [] })
        expect(compile({ tenant: stored })._tag).toBe('Left')
      }),
      { numRuns: 150 },
    )
  })
})
