// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action, type TenantInput } from '../../src/index.js'
import { activeWith, seatIn, tenantArb, userIdArb, userIn, workspaceIds } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

/** F17's precondition, computed from the input: WSA of a workspace that holds a model. */
const administersAModel = (tenant: TenantInput, user: string): boolean =>
  tenant.models.some((model) => seatIn(tenant, user, model.workspace) === 'admin')

describe('I19', () => {
  it('I19 only a tenant admin assigns IA or RIU, and IA only to an internal WSA of a model', () => {
    fc.assert(
      fc.property(
        tenantArb,
        userIdArb,
        userIdArb,
        fc.constantFrom('integrationAdmin', 'restrictedIntegrationUser'),
        fc.subarray([...workspaceIds], { minLength: 1 }),
        (tenant, who, target, role, workspaces) => {
          const action: Action = { type: 'tenant.assignRole', role, workspaces: workspaces.map(id.workspace) }
          const decision = decide(compiled({ tenant }))(subject.user(id.user(who)), action, resource.user(id.user(target)))
          if (decision.effect === 'allow') {
            expect(activeWith(tenant, who, 'tenantAdmin')).toBe(true)
            expect(userIn(tenant, target)?.kind).toBe('internal')
            if (role === 'integrationAdmin') expect(administersAModel(tenant, target)).toBe(true)
          }
          if (!activeWith(tenant, who, 'tenantAdmin')) expect(decision.effect).toBe('deny')
        },
      ),
      { numRuns: 200 },
    )
  })
})
