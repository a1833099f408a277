// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountArb, accountRequestArb, accountSettingsArb, additionalRoleNames, timeArb } from '../support/arbitraries/account.js'
import { accountDecider, withUser } from '../support/account-props.js'

describe('account roles', () => {
  it('I40 adding an additional role never turns an allow into a deny', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, accountRequestArb, fc.constantFrom(...additionalRoleNames), timeArb, (a, settings, r, role, grantedAt) => {
        const user = a.users.find((u) => u.id === r.user)
        fc.pre(user !== undefined && !(user.additionalRoles ?? []).some((x) => x.role === role))
        const before = accountDecider(a, settings)(r)
        const added = withUser(a, r.user, (u) => ({ ...u, additionalRoles: [...(u.additionalRoles ?? []), { role, grantedAt }] }))
        if (before.effect === 'allow') expect(accountDecider(added, settings)(r).effect).toBe('allow')
      }),
      { numRuns: 300 },
    )
  })
})
