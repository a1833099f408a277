// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { logArb, tenantWithListsArb } from '../../support/commands.js'
import { codesOf, tenantOf, walk } from '../../support/command-steps.js'
import { compileTenant } from '../../support/commands.js'

describe('I18 under commands', () => {
  it('I18 an RIU assignment without workspaces is rejected by the rule and leaves the world as it was, in any log', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(15), (tenant, log) => {
        for (const step of walk(compileTenant(tenant), log)) {
          const { action } = step.command
          if (action.type === 'tenant.assignRole' && action.role === 'restrictedIntegrationUser' && (action.workspaces ?? []).length === 0) {
            expect(step.result._tag).toBe('Left')
            expect(codesOf(step)).toContain('tenant_roles.riu_requires_workspace')
            expect(step.after).toBe(step.before)
          }
          for (const user of tenantOf(step.after).users) expect(user.restrictedIntegrationWorkspaces?.length ?? 1).toBeGreaterThan(0)
        }
      }),
      { numRuns: 150 },
    )
  })
})
