// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountArb, accountRequestArb, accountSettingsArb, additionalRoleNames, timeArb } from '../support/arbitraries/account.js'
import { accountDecider, withUser } from '../support/account-props.js'
import { omit } from '../../src/internal/omit.js'

describe('account roles', () => {
  it('I42 a role granted at t affects only sessions issued after t; older sessions decide as if it were absent', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, accountRequestArb, fc.constantFrom(...additionalRoleNames), timeArb, (a, settings, r, role, t) => {
        const user = a.users.find((u) => u.id === r.user)
        fc.pre(user !== undefined && r.issuedAt !== undefined && r.issuedAt <= t)
        const absent = withUser(a, r.user, (u) => ({ ...u, additionalRoles: (u.additionalRoles ?? []).filter((x) => x.role !== role) }))
        const granted = withUser(absent, r.user, (u) => ({ ...u, additionalRoles: [...(u.additionalRoles ?? []), { role, grantedAt: t }] }))
        const withRole = accountDecider(granted, settings)(r)
        const without = accountDecider(absent, settings)(r)
        expect({ effect: withRole.effect, level: withRole.level, reasons: withRole.reasons }).toEqual({
          effect: without.effect,
          level: without.level,
          reasons: without.reasons,
        })
      }),
      { numRuns: 300 },
    )
  })

  it('I42 with no session at all, a role granted at any time, even at 0, is absent', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, accountRequestArb, fc.constantFrom(...additionalRoleNames), timeArb, (a, settings, request, role, t) => {
        const r = omit(request, ['issuedAt'])
        fc.pre(a.users.some((u) => u.id === r.user))
        const absent = withUser(a, r.user, (u) => ({ ...u, additionalRoles: (u.additionalRoles ?? []).filter((x) => x.role !== role) }))
        const granted = withUser(absent, r.user, (u) => ({ ...u, additionalRoles: [...(u.additionalRoles ?? []), { role, grantedAt: t }] }))
        const withRole = accountDecider(granted, settings)(r)
        const without = accountDecider(absent, settings)(r)
        expect({ effect: withRole.effect, level: withRole.level, reasons: withRole.reasons }).toEqual({ effect: without.effect, level: without.level, reasons: without.reasons })
      }),
      { numRuns: 300 },
    )
  })
})
