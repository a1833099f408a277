// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subject, type TenantInput } from '../../src/index.js'
import { omit } from '../../src/internal/omit.js'
import { userActor, directOutcome, runDecision, runWorld, runWorldPartsArb, stepDecision, stepOutcome } from '../support/arbitraries/run-world.js'

describe('I31', () => {
  it("I31 the last runner's permissions apply: a scheduled run of a restricted integration made by RIU a and last run by RIU b decides its steps as b", () => {
    fc.assert(
      fc.property(runWorldPartsArb, (parts) => {
        const tenant = runWorld({ ...parts, restricted: true, createdBy: 'a', lastRunBy: 'b' })
        const run = runDecision(tenant, subject.scheduler)
        expect(run.actor).toEqual(userActor('b'))
        expect(stepOutcome(run)).toEqual(directOutcome(stepDecision(tenant, userActor('b'))))
      }),
      { numRuns: 200 },
    )
  })
})

describe('I25 I31 a last runner who lost their scope: the scheduled run is denied, naming them and how, never falling back', () => {
  type Loss = 'lost the role' | 'disabled' | 'now an integration administrator' | 'no longer a member'
  const losses: readonly Loss[] = ['lost the role', 'disabled', 'now an integration administrator', 'no longer a member']
  const lose = (tenant: TenantInput, loss: Loss): TenantInput => ({
    ...tenant,
    users: tenant.users.map((u) =>
      u.id !== 'b'
        ? u
        : loss === 'lost the role'
          ? omit(u, ['restrictedIntegrationWorkspaces'])
          : loss === 'disabled'
            ? { ...u, enabled: false }
            : loss === 'now an integration administrator'
              ? { ...u, roles: ['integrationAdmin'] }
              : u,
    ),
    workspaces: (tenant.workspaces ?? []).map((w) => (loss === 'no longer a member' ? { ...w, members: (w.members ?? []).filter((m) => m.user !== 'b') } : w)),
  })
  const expected: Readonly<Record<Loss, unknown>> = {
    'lost the role': { code: 'integration_roles.no_integration_role', user: 'b', identity: 'lastRunner' },
    disabled: { code: 'integration_roles.user_disabled', user: 'b', identity: 'lastRunner' },
    'now an integration administrator': { code: 'integration_roles.restricted_object', user: 'b', identity: 'lastRunner', object: 'integration', id: 'run' },
    'no longer a member': { code: 'integration_roles.riu_not_member', user: 'b', identity: 'lastRunner', workspace: 'ws0' },
  }
  it('for each way of losing scope, whatever the rest of the world', () => {
    fc.assert(
      fc.property(runWorldPartsArb, fc.constantFrom(...losses), (parts, loss) => {
        const tenant = lose(runWorld({ ...parts, restricted: true, createdBy: 'a', lastRunBy: 'b' }), loss)
        const run = runDecision(tenant, subject.scheduler)
        expect(run.effect).toBe('deny')
        expect(run.actor).toBeUndefined()
        expect(run.reasons).toContainEqual(expected[loss])
      }),
      { numRuns: 200 },
    )
  })
})
