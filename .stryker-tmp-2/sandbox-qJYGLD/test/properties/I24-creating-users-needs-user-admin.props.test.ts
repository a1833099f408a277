// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject } from '../../src/index.js'
import { activeWith, tenantArb, userIdArb, workspaceIdArb } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

describe('I24', () => {
  it('I24 creating an internal user is allowed only for user administrators, tenant admins included', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, workspaceIdArb, (tenant, who, ws) => {
        const decision = decide(compiled({ tenant }))(
          subject.user(id.user(who)),
          { type: 'tenant.createInternalUser', user: id.user('newcomer'), email: 'newcomer@example.com', workspaces: [id.workspace(ws)] },
          resource.tenant,
        )
        expect(decision.effect).toBe(activeWith(tenant, who, 'userAdmin') ? 'allow' : 'deny')
      }),
      { numRuns: 150 },
    )
  })
})
