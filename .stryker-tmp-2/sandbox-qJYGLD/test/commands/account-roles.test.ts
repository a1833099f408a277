// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, decide, encode, explainReason, id, resource, subject, type Command, type World } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { account } from '../support/fixtures/account.js'

const world: World = compiled({ account })
/** Sessions of the actors are issued at 50; commands happen at 60. */
const by = (actor: string, action: Command['action'], at = 60): Command => ({
  actor: subject.user(id.user(actor), { issuedAt: 50 }),
  action,
  resource: resource.account(),
  at,
  tiebreak: 1,
}) as Command
const grant = (actor: string, user: string, role: Extract<Command['action'], { type: 'account.grantRole' }>['role']) =>
  by(actor, { type: 'account.grantRole', user: id.user(user), role })
const revoke = (actor: string, user: string, role: Extract<Command['action'], { type: 'account.revokeRole' }>['role']) =>
  by(actor, { type: 'account.revokeRole', user: id.user(user), role })
const userOf = (w: World, user: string) => encode(w).account?.users.find((u) => u.id === user)
const codes = (c: Command) => {
  const r = apply(world, c)
  return { applied: r._tag === 'Right', codes: (r._tag === 'Right' ? r.right.reasons : r.left.reasons).map((x) => x.code) }
}

describe('account role commands (R51, R52, R57, R58, R63, A16, A36, A47)', () => {
  it.each([
    ['R51 an Administrator grants an additional role', grant('admin', 'plain', 'flowAuthor'), true, ['account_roles.base_role']],
    ['R51 a User does not change roles', grant('plain', 'flow', 'integrationAuthor'), false, ['default.no_grant']],
    ['R56 a Read Only user does not change roles, whatever they hold (I41)', grant('ro', 'plain', 'flowAuthor'), false, ['account_roles.read_only']],
    ['R63 an Administrator does not grant Platform Administrator', grant('admin', 'plain', 'platformAdministrator'), false, ['account_roles.platform_administrator_required']],
    ['R63 a Platform Administrator grants Platform Administrator (A36)', grant('pa', 'plain', 'platformAdministrator'), true, ['account_roles.additional_role']],
    ['R63 an Administrator does not revoke Platform Administrator', revoke('admin', 'ro', 'platformAdministrator'), false, ['account_roles.platform_administrator_required']],
    ['R63 a Platform Administrator revokes another\'s', revoke('pa', 'ro', 'platformAdministrator'), true, ['account_roles.additional_role']],
    ['R52 an Administrator replaces a base role', grant('admin', 'plain', 'readOnly'), true, ['account_roles.base_role']],
    ['F68 a locked Administrator changes nothing', grant('locked', 'plain', 'flowAuthor'), false, ['account_roles.locked']],
    ['an unknown target is an unknown id', grant('admin', 'ghost', 'flowAuthor'), false, ['request.unknown_id']],
  ] as const)('%s', (_title, command, applied, reasons) => {
    const got = codes(command)
    expect(got.applied).toBe(applied)
    expect(got.codes).toEqual([...reasons])
  })

  it('R58 a granted role carries the command\'s time: sessions issued before it do not see it, later ones do', () => {
    const r = apply(world, grant('admin', 'plain', 'flowAuthor'))
    if (r._tag === 'Left') throw new Error('rejected')
    expect(userOf(r.right.world, 'plain')?.additionalRoles).toEqual([{ role: 'flowAuthor', grantedAt: 60 }])
    const createFlow = { type: 'account.author', artifact: 'flow', operation: 'create' } as const
    expect(decide(r.right.world)(subject.user(id.user('plain'), { issuedAt: 55 }), createFlow, resource.account()).effect).toBe('deny')
    expect(decide(r.right.world)(subject.user(id.user('plain'), { issuedAt: 61 }), createFlow, resource.account()).effect).toBe('allow')
  })

  it('A16, A47 a revocation and a downgrade apply at once; an upgrade waits for a fresh session', () => {
    const revoked = apply(world, revoke('admin', 'flow', 'flowAuthor'))
    if (revoked._tag === 'Left') throw new Error('rejected')
    expect(userOf(revoked.right.world, 'flow')?.additionalRoles).toBeUndefined()
    const down = apply(world, grant('admin', 'admin', 'readOnly'))
    if (down._tag === 'Left') throw new Error('rejected')
    expect(userOf(down.right.world, 'admin')?.baseRole).toEqual({ role: 'readOnly', grantedAt: 60, previous: 'administrator' })
    expect(decide(down.right.world)(subject.user(id.user('admin'), { issuedAt: 50 }), { type: 'account.operate', operation: 'manageUsers' }, resource.account()).effect).toBe('deny')
    const up = apply(world, grant('admin', 'plain', 'administrator'))
    if (up._tag === 'Left') throw new Error('rejected')
    const manage = (issuedAt: number) => decide(up.right.world)(subject.user(id.user('plain'), { issuedAt }), { type: 'account.operate', operation: 'manageUsers' }, resource.account()).effect
    expect([manage(50), manage(61)]).toEqual(['deny', 'allow'])
  })

  it('R63 the last Platform Administrator keeps the role', () => {
    const once = apply(world, revoke('pa', 'ro', 'platformAdministrator'))
    if (once._tag === 'Left') throw new Error('rejected')
    const last = apply(once.right.world, revoke('pa', 'pa', 'platformAdministrator'))
    expect(last._tag).toBe('Left')
    if (last._tag === 'Left') {
      expect(last.left.reasons.map((r) => r.code)).toEqual(['account_roles.last_platform_administrator'])
      expect(last.left.reasons.map(explainReason)).toEqual(["User 'pa' is the account's last Platform Administrator and keeps the role."])
    }
  })

  it('an allowed act that changes nothing (a role already held) keeps the world object', () => {
    const r = apply(world, grant('admin', 'flow', 'flowAuthor'))
    expect(r._tag === 'Right' && r.right.world).toBe(world)
  })
})
