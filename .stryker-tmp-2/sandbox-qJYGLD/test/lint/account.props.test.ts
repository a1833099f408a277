// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint, type AdditionalRole } from '../../src/index.js'
import { accountArb, accountRequestArb, accountSettingsArb, type AccountRequest } from '../support/arbitraries/account.js'
import { accountDecider, withUser } from '../support/account-props.js'
import { compiled } from '../support/compiled.js'

/** A session issued after every generated grant, so every role the user holds is active (R58). */
const fresh = 1000

/** The act only each additional role grants (R59–R63, A36). */
const signature: { readonly [R in AdditionalRole]: AccountRequest['action'] } = {
  flowAuthor: { type: 'account.author', artifact: 'flow', operation: 'create' },
  integrationAuthor: { type: 'account.author', artifact: 'integration', operation: 'create' },
  connectorAuthor: { type: 'account.author', artifact: 'connector', operation: 'create' },
  appBuilderAuthor: { type: 'account.operate', operation: 'manageAppBuilderConnectors' },
  platformAdministrator: { type: 'account.operate', operation: 'manageCloudServices' },
}

describe('account.read_only_additional_roles agrees with decide (F65, A14, I41)', () => {
  it('lint names a user\'s additional role ⇔ decide caps its own act for that user at Read Only, in a fresh session', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, (account, settings) => {
        const decider = accountDecider(account, settings)
        const findings = lint(compiled({ account }, settings))
        for (const user of account.users)
          for (const { role } of user.additionalRoles ?? []) {
            const flagged = findings.some((f) => f.code === 'account.read_only_additional_roles' && f.user === user.id && f.roles.includes(role))
            const decision = decider({ user: user.id as AccountRequest['user'], issuedAt: fresh, action: signature[role] })
            expect(flagged).toBe(decision.reasons.some((r) => r.code === 'account_roles.read_only'))
            if (flagged) expect(decision.effect).toBe('deny')
          }
      }),
      { numRuns: 200 },
    )
  })

  it('the roles it names change no answer decide gives the user, whatever the request', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, fc.array(accountRequestArb, { minLength: 1, maxLength: 20 }), (account, settings, requests) => {
        for (const f of lint(compiled({ account }, settings)))
          if (f.code === 'account.read_only_additional_roles') {
            const without = withUser(account, f.user, (u) => ({ ...u, additionalRoles: (u.additionalRoles ?? []).filter((a) => !f.roles.includes(a.role)) }))
            const [before, after] = [accountDecider(account, settings), accountDecider(without, settings)]
            for (const r of requests.map((q): AccountRequest => ({ ...q, user: f.user as AccountRequest['user'] }))) expect(after(r).effect).toBe(before(r).effect)
          }
      }),
      { numRuns: 200 },
    )
  })
})
