// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { logArb, tenantWithListsArb } from '../../support/commands.js'
import { actorHolds, tenantOf, walk } from '../../support/command-steps.js'
import { compileTenant } from '../../support/commands.js'

describe('I24 under commands', () => {
  it('I24 only an enabled user administrator ever creates a user; a tenant admin without the role creates none', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(20), (tenant, log) => {
        for (const step of walk(compileTenant(tenant), log)) {
          const created = tenantOf(step.after).users.length > tenantOf(step.before).users.length
          if (created) expect(actorHolds(step.before, step.command, 'userAdmin')).toBe(true)
          if (step.command.action.type === 'tenant.createInternalUser' && !actorHolds(step.before, step.command, 'userAdmin'))
            expect(step.result._tag).toBe('Left')
        }
      }),
      { numRuns: 150 },
    )
  })
})
