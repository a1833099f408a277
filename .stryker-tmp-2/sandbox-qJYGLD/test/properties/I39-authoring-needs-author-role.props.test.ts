// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountArb, accountRequestArb, accountSettingsArb } from '../support/arbitraries/account.js'
import { accountDecider } from '../support/account-props.js'

const authorOf = { flow: 'flowAuthor', integration: 'integrationAuthor', connector: 'connectorAuthor' } as const

describe('account roles', () => {
  it('I39 authoring is denied for every base role unless the matching author role is held and active', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, accountRequestArb, (a, settings, r) => {
        fc.pre(r.action.type === 'account.author')
        if (r.action.type !== 'account.author') return
        const user = a.users.find((u) => u.id === r.user)
        const active = (role: string) =>
          (user?.additionalRoles ?? []).some((x) => x.role === role && r.issuedAt !== undefined && r.issuedAt > x.grantedAt)
        const entitled = active(authorOf[r.action.artifact]) || (settings.platformAdministratorAuthors && active('platformAdministrator'))
        if (!entitled) expect(accountDecider(a, settings)(r).effect).toBe('deny')
      }),
      { numRuns: 300 },
    )
  })
})
