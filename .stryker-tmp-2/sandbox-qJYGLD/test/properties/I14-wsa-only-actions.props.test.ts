// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject } from '../../src/index.js'
import { enabledIn, seatIn, tenantArb, userIdArb, workspaceIdArb } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

describe('I14', () => {
  it('I14 model management and designating WSAs are allowed iff the subject is a WSA of that workspace', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, userIdArb, workspaceIdArb, (tenant, who, target, ws) => {
        const decider = decide(compiled({ tenant }))
        const actor = subject.user(id.user(who))
        for (const model of tenant.models) {
          const manage = decider(actor, { type: 'model.manage', setting: 'modules' }, resource.model(id.model(model.id)))
          const expected = enabledIn(tenant, who) && seatIn(tenant, who, model.workspace) === 'admin'
          expect(manage.effect).toBe(expected ? 'allow' : 'deny')
        }
        const designate = decider(actor, { type: 'workspace.setAdmin', workspace: id.workspace(ws), admin: true }, resource.user(id.user(target)))
        const mayDesignate = enabledIn(tenant, who) && seatIn(tenant, who, ws) === 'admin' && seatIn(tenant, target, ws) !== 'none'
        expect(designate.effect).toBe(mayDesignate ? 'allow' : 'deny')
      }),
      { numRuns: 200 },
    )
  })
})
