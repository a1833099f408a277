// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject } from '../../src/index.js'
import { activeWith, enabledIn, seatIn, tenantArb, userIdArb, workspaceIdArb } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

describe('I23', () => {
  it('I23 with the exception switch on only security admins assign SSO exceptions; with it off WSAs may', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, userIdArb, workspaceIdArb, (tenant, who, target, ws) => {
        if (seatIn(tenant, target, ws) === 'none' || !enabledIn(tenant, who)) return
        const decision = decide(compiled({ tenant }))(
          subject.user(id.user(who)),
          { type: 'tenant.setSsoException', workspace: id.workspace(ws), on: true },
          resource.user(id.user(target)),
        )
        const switchOn = tenant.switches?.exceptionUsers === true
        const expected = activeWith(tenant, who, 'securityAdmin') || (seatIn(tenant, who, ws) === 'admin' && !switchOn)
        expect(decision.effect).toBe(expected ? 'allow' : 'deny')
      }),
      { numRuns: 200 },
    )
  })
})
