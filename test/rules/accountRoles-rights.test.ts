// Account roles: every right an additional role adds (R57, R59–R63), and the Platform Administrator's
// gate on granting and revoking roles (R51, R63), with whole reasons.
import { describe, expect, it } from 'vitest'
import { decide, id, subject, type AccountInput, type Action, type Decision } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { account, onAccount, op } from '../support/fixtures/account.js'

const at50 = (name: string) => subject.user(id.user(name), { issuedAt: 50 })
const askIn = (world: AccountInput, who: string, action: Action): Pick<Decision, 'effect' | 'reasons'> => {
  const { effect, reasons } = decide(compiled({ account: world }))(at50(who), action, onAccount())
  return { effect, reasons }
}
const additional = (role: string) => ({ effect: 'allow', reasons: [{ code: 'account_roles.additional_role', role }] })
const grant = (user: string, role: string): Action => ({ type: 'account.grantRole', user: id.user(user), role } as Action)
const revoke = (user: string, role: string): Action => ({ type: 'account.revokeRole', user: id.user(user), role } as Action)

/** pa is the account's only Platform Administrator; admin an Administrator; plain a User. */
const onePlatformAdministrator: AccountInput = {
  workspaces: [{ id: 'w1' }],
  users: [
    { id: 'pa', baseRole: { role: 'user', grantedAt: 0 }, additionalRoles: [{ role: 'platformAdministrator', grantedAt: 0 }, { role: 'flowAuthor', grantedAt: 0 }] },
    { id: 'admin', baseRole: { role: 'administrator', grantedAt: 0 } },
    { id: 'plain', baseRole: { role: 'user', grantedAt: 0 } },
  ],
}

describe('account roles: what each additional role adds (R59–R63)', () => {
  it.each([
    ['R62 an App Builder author manages its connectors', 'app', 'manageAppBuilderConnectors', 'appBuilderAuthor'],
    ['R63 a Platform Administrator invites users', 'pa', 'inviteUsers', 'platformAdministrator'],
    ['R63 a Platform Administrator manages users', 'pa', 'manageUsers', 'platformAdministrator'],
    ['R63 a Platform Administrator manages workspaces whatever the setting (A13)', 'pa', 'manageWorkspaces', 'platformAdministrator'],
    ['R63 a Platform Administrator manages Cloud Services', 'pa', 'manageCloudServices', 'platformAdministrator'],
  ] as const)('%s', (_, who, operation, role) => {
    expect(askIn(account, who, op(operation))).toEqual(additional(role))
  })

  it.each([
    ['R59 a flow author runs flows, as the User base role does', 'flow', 'runFlow', 'flowAuthor'],
    ['R59 a flow author configures flows, as the User base role does', 'flow', 'configureFlow', 'flowAuthor'],
    ['R60 an integration author configures integrations, as the User base role does', 'intg', 'configureIntegration', 'integrationAuthor'],
  ] as const)('%s: both grants are reasons', (_, who, operation, role) => {
    expect(askIn(account, who, op(operation))).toEqual({
      effect: 'allow',
      reasons: [{ code: 'account_roles.additional_role', role }, { code: 'account_roles.base_role', role: 'user' }],
    })
  })
})

describe('account roles: granting and revoking roles (R51, R63)', () => {
  it.each([
    ['R51 an Administrator grants an author role', 'admin', grant('plain', 'flowAuthor'), { effect: 'allow', reasons: [{ code: 'account_roles.base_role', role: 'administrator' }] }],
    ['R63 only a Platform Administrator grants the Platform Administrator role', 'admin', grant('plain', 'platformAdministrator'), { effect: 'deny', reasons: [{ code: 'account_roles.platform_administrator_required', role: 'platformAdministrator' }] }],
    ['R63 a Platform Administrator grants it', 'pa', grant('plain', 'platformAdministrator'), additional('platformAdministrator')],
    ['a grant to an unknown user names the user', 'admin', grant('ghost', 'flowAuthor'), { effect: 'deny', reasons: [{ code: 'request.unknown_id', kind: 'user', id: 'ghost' }] }],
    ['R63 the last Platform Administrator keeps the role', 'pa', revoke('pa', 'platformAdministrator'), { effect: 'deny', reasons: [{ code: 'account_roles.last_platform_administrator', user: 'pa' }] }],
    ['R63 the last Platform Administrator may lose another role', 'pa', revoke('pa', 'flowAuthor'), additional('platformAdministrator')],
    ['R63 revoking the role from someone who does not hold it leaves the last holder', 'pa', revoke('plain', 'platformAdministrator'), additional('platformAdministrator')],
  ] as const)('%s', (_, who, action, expected) => {
    expect(askIn(onePlatformAdministrator, who, action)).toEqual(expected)
  })

  it('R63 one of two Platform Administrators may lose the role', () => {
    // In the shared account both pa and ro hold the role.
    expect(askIn(account, 'pa', revoke('ro', 'platformAdministrator'))).toEqual(additional('platformAdministrator'))
  })
})
