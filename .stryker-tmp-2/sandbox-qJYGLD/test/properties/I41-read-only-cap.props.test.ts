// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountArb, accountRequestArb, accountSettingsArb, additionalRoleNames } from '../support/arbitraries/account.js'
import { accountDecider, withUser } from '../support/account-props.js'

describe('account roles', () => {
  it('I41 a Read Only subject is denied every non-read action, whatever additional roles they hold', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, accountRequestArb, (a, settings, r) => {
        fc.pre(a.users.some((u) => u.id === r.user))
        const readOnly = withUser(a, r.user, (u) => ({
          ...u,
          baseRole: { role: 'readOnly', grantedAt: 0 },
          additionalRoles: additionalRoleNames.map((role) => ({ role, grantedAt: 0 })),
        }))
        const decision = accountDecider(readOnly, settings)({ ...r, issuedAt: 10 })
        const reads = r.action.type === 'account.operate' && r.action.operation === 'viewData'
        if (!reads) {
          expect(decision.effect).toBe('deny')
          expect(decision.reasons.map((x) => x.code)).toContain('account_roles.read_only')
        }
      }),
      { numRuns: 300 },
    )
  })
})
