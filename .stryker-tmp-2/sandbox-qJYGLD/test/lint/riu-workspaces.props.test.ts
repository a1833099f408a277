// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, lint, resource, subject } from '../../src/index.js'
import { tenantArb, userIds, workspaceIds } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

const create = { type: 'cloudworks.create', object: 'integration' } as const

describe('user.riu_workspace_not_member agrees with decide (R6, I26, A5)', () => {
  it('lint names (user, workspace) ⇔ decide denies the user creating an integration there as assigned but not a member (riu_not_member without riu_not_assigned)', () => {
    fc.assert(
      fc.property(tenantArb, (tenant) => {
        const world = compiled({ tenant })
        const d = decide(world)
        const flagged = new Set(lint(world).flatMap((f) => (f.code === 'user.riu_workspace_not_member' ? [`${f.user}/${f.workspace}`] : [])))
        for (const user of userIds)
          for (const workspace of workspaceIds) {
            const decision = d(subject.user(id.user(user)), create, resource.workspace(id.workspace(workspace)))
            const names = (code: string) => decision.reasons.some((r) => r.code === code && 'workspace' in r && 'user' in r && r.user === user && r.workspace === workspace)
            const named = names('integration_roles.riu_not_member') && !names('integration_roles.riu_not_assigned')
            expect(flagged.has(`${user}/${workspace}`)).toBe(named)
            if (named) expect(decision.effect).toBe('deny')
          }
      }),
      { numRuns: 200 },
    )
  })
})
