// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { logArb, tenantWithListsArb } from '../../support/commands.js'
import { actorHolds, tenantOf, walk } from '../../support/command-steps.js'
import { compileTenant } from '../../support/commands.js'

describe('I23 under commands', () => {
  it('I23 with the exception switch on only a tenant security admin changes SSO exceptions; with it off a WSA of the workspace may', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(20), (tenant, log) => {
        for (const step of walk(compileTenant(tenant), log)) {
          const { action, actor } = step.command
          if (action.type !== 'tenant.setSsoException' || actor.kind !== 'user') continue
          const before = tenantOf(step.before)
          const members = before.workspaces.find((w) => w.id === action.workspace)?.members ?? []
          const actorIsWsa = members.some((m) => m.user === actor.id && m.admin === true)
          const targetIsMember = step.command.resource.kind === 'user' && members.some((m) => m.user === (step.command.resource.kind === 'user' ? step.command.resource.id : ''))
          const enabled = before.users.find((u) => u.id === actor.id)?.enabled !== false
          const security = actorHolds(step.before, step.command, 'securityAdmin')
          if (before.switches?.exceptionUsers === true && !security) expect(step.result._tag).toBe('Left')
          if (before.switches?.exceptionUsers !== true && actorIsWsa && targetIsMember && enabled) expect(step.result._tag).toBe('Right')
        }
      }),
      { numRuns: 150 },
    )
  })
})
