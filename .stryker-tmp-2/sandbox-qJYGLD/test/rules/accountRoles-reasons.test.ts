// @ts-nocheck
// Account roles: whole reasons and warnings, parameters included (a test on codes alone lets a
// blanked parameter through).
import { describe, expect, it } from 'vitest'
import { decide, id, subject, trace, type Action, type Decision, type Resource } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { account, author, onAccount, op } from '../support/fixtures/account.js'

const decider = decide(compiled({ account }))
const at50 = (name: string) => subject.user(id.user(name), { issuedAt: 50 })
const ask = (who: string, action: Action, on: Resource = onAccount()): Pick<Decision, 'effect' | 'reasons' | 'warnings'> => {
  const { effect, reasons, warnings } = decider(at50(who), action, on)
  return { effect, reasons, warnings }
}

describe('account roles: reasons with their parameters', () => {
  it.each([
    ['R54 the base role that grants', 'admin', op('manageWorkspaces'), onAccount(), { effect: 'allow', reasons: [{ code: 'account_roles.base_role', role: 'administrator' }], warnings: [] }],
    ['R59 the additional role that grants', 'flow', op('manageServices'), onAccount(), { effect: 'allow', reasons: [{ code: 'account_roles.additional_role', role: 'flowAuthor' }], warnings: [] }],
    ['I39 the author role that authors', 'flow', author('flow'), onAccount(), { effect: 'allow', reasons: [{ code: 'account_roles.additional_role', role: 'flowAuthor' }], warnings: [] }],
    ['I39 the author role that is missing, and for which artifact', 'plain', author('flow'), onAccount(), { effect: 'deny', reasons: [{ code: 'account_roles.author_role_required', artifact: 'flow', role: 'flowAuthor' }], warnings: [] }],
    ['I41 the operation the Read Only cap refuses', 'ro', author('flow'), onAccount(), { effect: 'deny', reasons: [{ code: 'account_roles.read_only', operation: 'create flow' }], warnings: [] }],
    ['F68 the locked user', 'locked', op('viewData'), onAccount(), { effect: 'deny', reasons: [{ code: 'account_roles.locked', user: 'locked' }], warnings: [] }],
    ['A24 the workspace the user is not a member of', 'plain', op('viewData'), onAccount('w2'), { effect: 'deny', reasons: [{ code: 'account_roles.not_workspace_member', workspace: 'w2' }], warnings: [] }],
    ['an unknown workspace, by id', 'plain', op('viewData'), onAccount('wx'), { effect: 'deny', reasons: [{ code: 'request.unknown_id', kind: 'workspace', id: 'wx' }], warnings: [] }],
    ['an unknown user, by id', 'ghost', op('viewData'), onAccount(), { effect: 'deny', reasons: [{ code: 'request.unknown_id', kind: 'user', id: 'ghost' }], warnings: [] }],
    ['I42 a role awaiting a fresh session, with its grant time, as a warning', 'fresh', author('flow'), onAccount(), {
      effect: 'deny',
      reasons: [{ code: 'account_roles.author_role_required', artifact: 'flow', role: 'flowAuthor' }],
      warnings: [{ code: 'account_roles.session_predates_role', role: 'flowAuthor', grantedAt: 100 }],
    }],
    ['A47 a first base role awaiting a fresh session blocks, with its grant time', 'newbie', op('viewData'), onAccount(), { effect: 'deny', reasons: [{ code: 'account_roles.session_predates_role', role: 'user', grantedAt: 100 }], warnings: [] }],
    ['A47 an upgrade waits: the previous role decides, the new one is a warning', 'upgraded', op('manageWorkspaces'), onAccount(), {
      effect: 'deny',
      reasons: [{ code: 'default.no_grant', action: 'account.operate' }],
      warnings: [{ code: 'account_roles.session_predates_role', role: 'administrator', grantedAt: 100 }],
    }],
  ] as const)('%s', (_, who, action, on, expected) => {
    expect(ask(who, action, on)).toEqual(expected)
  })

  it('a subject that is not a user is named, with the action', () => {
    const { reasons } = decider(subject.scheduler, op('viewData'), onAccount())
    expect(reasons).toEqual([{ code: 'request.subject_not_supported', subject: 'scheduler', action: 'account.operate' }])
  })

  it('a world without an account section names the account as unknown', () => {
    const { reasons } = decide(compiled({}))(at50('plain'), op('viewData'), onAccount())
    expect(reasons).toEqual([{ code: 'request.unknown_id', kind: 'account', id: 'account' }])
  })

  it('the trace names the module', () => {
    expect(trace(compiled({ account }))(at50('plain'), op('viewData'), onAccount()).trace.map((entry) => entry.module)).toContain('accountRoles')
  })
})
