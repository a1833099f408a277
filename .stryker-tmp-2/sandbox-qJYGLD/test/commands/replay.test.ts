// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { currentWorld, decide, encode, explainReplay, history, id, receive, replay, resource, subject } from '../../src/index.js'
import { command, planningWorld } from '../support/commands.js'

const bob = resource.user(id.user('bob'))
const mia = resource.user(id.user('mia'))
const sales = id.workspace('sales')
const switchOn = command('tina', { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource.tenant, 1)
const wsaAdds = command('wanda', { type: 'workspace.addUser', workspace: sales, via: 'model', model: id.model('fp'), role: id.role('analyst') }, bob, 2)
const members = (w: ReturnType<typeof planningWorld>) => encode(w).tenant?.workspaces.find((x) => x.id === 'sales')?.members?.map((m) => m.user)

describe('replay', () => {
  it('A41 each command is authorised against the state the earlier ones produced, whatever arrived first', () => {
    const { world, outcomes } = replay(planningWorld(), [wsaAdds, switchOn])
    expect(outcomes.map((o) => [o.command.action.type, o.status])).toEqual([
      ['tenant.setSwitch', 'applied'],
      ['workspace.addUser', 'rejected'],
    ])
    expect(outcomes[1]?.reasons.map((r) => r.code)).toEqual(['workspace.user_management_switch_on'])
    expect(members(world)).toEqual(['wanda', 'mia'])
  })

  it('A17 the same command delivered twice applies once; different commands with one key are all rejected', () => {
    const disable = command('uma', { type: 'tenant.setAccountStatus', enabled: false }, mia, 3, 'tx')
    const enable = command('uma', { type: 'tenant.setAccountStatus', enabled: true }, mia, 3, 'tx')
    const twice = replay(planningWorld(), [disable, disable])
    expect(twice.outcomes.map((o) => [o.status, o.reasons.map((r) => r.code)])).toEqual([
      ['applied', ['tenant_roles.role_held']],
      ['rejected', ['commands.duplicate']],
    ])
    const clash = replay(planningWorld(), [disable, enable])
    expect(clash.outcomes.map((o) => [o.status, o.reasons.map((r) => r.code)])).toEqual([
      ['rejected', ['commands.conflicting_key']],
      ['rejected', ['commands.conflicting_key']],
    ])
    expect(encode(clash.world)).toEqual(encode(planningWorld()))
  })

  it('R28 a late arrival takes its place by key and the later commands are decided again', () => {
    const late = [wsaAdds, switchOn].reduce(receive, history(planningWorld()))
    expect(late.steps.map((s) => s.outcome.status)).toEqual(['applied', 'rejected'])
    expect(members(currentWorld(late))).toEqual(['wanda', 'mia'])
  })

  it('A45 a version once made keeps deciding as it did after later commands', () => {
    const before = planningWorld()
    const disable = command('uma', { type: 'tenant.setAccountStatus', enabled: false }, resource.user(id.user('wanda')), 1)
    const after = replay(before, [disable]).world
    const ask = (w: typeof before) => decide(w)(subject.user(id.user('wanda')), { type: 'workspace.setAdmin', workspace: sales, admin: true }, mia).effect
    expect([ask(before), ask(after)]).toEqual(['allow', 'deny'])
  })

  it('renders the audit trail: one numbered block per command, with each reason and row in English', () => {
    expect(explainReplay(replay(planningWorld(), [wsaAdds, switchOn]).outcomes)).toBe(
      [
        "1. 2026-11-23T09:01:00.000Z #1 user 'tina' tenant.setSwitch on the tenant: applied.",
        "  - User 'tina' holds the 'tenantAdmin' administration role.",
        "2. 2026-11-23T09:02:00.000Z #2 user 'wanda' workspace.addUser on user 'bob': rejected.",
        "  - The user-management switch is on: only user administrators add or remove users of 'sales'.",
      ].join('\n'),
    )
  })
})
