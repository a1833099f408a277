// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, subject, type PlainAdminRole } from '../../src/index.js'
import { dataQuestions } from '../support/data-questions.js'
import { tenantArb, userIdArb, userIn, withUser } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

/** The administration roles I17 names: every plain role except Integration Administrator. */
const administrationRoles: readonly PlainAdminRole[] = ['tenantAdmin', 'userAdmin', 'securityAdmin', 'auditor', 'viewAdmin', 'pageBuilder', 'encryptionAdmin']

describe('I17', () => {
  it('I17 administration roles never grant model data: changing them changes no data decision', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, fc.subarray([...administrationRoles]), (tenant, who, roles) => {
        const before = userIn(tenant, who)
        if (before === undefined) return
        const kept = (before.roles ?? []).filter((role) => !administrationRoles.includes(role))
        const after = withUser(tenant, { ...before, roles: [...kept, ...roles] })
        const decideBefore = decide(compiled({ tenant }))
        const decideAfter = decide(compiled({ tenant: after }))
        const actor = subject.user(id.user(who))
        for (const q of dataQuestions(tenant)) expect(decideAfter(actor, q.action, q.resource)).toEqual(decideBefore(actor, q.action, q.resource))
      }),
      { numRuns: 150 },
    )
  })
})
