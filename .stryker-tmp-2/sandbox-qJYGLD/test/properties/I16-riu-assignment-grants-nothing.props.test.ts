// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action } from '../../src/index.js'
import { dataQuestions } from '../support/data-questions.js'
import { tenantArb, userIdArb, userIn, withUser, workspaceIds } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

const addFromModel = (ws: string): Action => ({ type: 'workspace.addUser', workspace: id.workspace(ws), via: 'model' })

describe('I16', () => {
  it('I16 RIU workspace assignment never grants workspace or model access', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, fc.subarray([...workspaceIds]), (tenant, who, riu) => {
        const before = userIn(tenant, who)
        if (before === undefined || before.kind === 'visiting') return
        const rest = { id: before.id, kind: before.kind, enabled: before.enabled ?? true, roles: before.roles ?? [] }
        const after = withUser(tenant, riu.length === 0 ? rest : { ...rest, restrictedIntegrationWorkspaces: riu })
        const decideBefore = decide(compiled({ tenant }))
        const decideAfter = decide(compiled({ tenant: after }))
        const actor = subject.user(id.user(who))
        const questions = [
          ...dataQuestions(tenant),
          ...workspaceIds.map((ws) => ({ action: addFromModel(ws), resource: resource.user(id.user('u0')) })),
        ]
        for (const q of questions) expect(decideAfter(actor, q.action, q.resource)).toEqual(decideBefore(actor, q.action, q.resource))
      }),
      { numRuns: 150 },
    )
  })
})
