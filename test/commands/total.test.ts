// apply, replay and receive are total: a command that skipped commandCodec is refused with a reason, and replay goes on.
import { describe, expect, it } from 'vitest'
import { apply, currentWorld, encode, explainOutcome, explainReplay, history, id, receive, replay, resource, type Command } from '../../src/index.js'
import { command, planningWorld } from '../support/commands.js'

const mia = resource.user(id.user('mia'))
const switchOn = command('tina', { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource.tenant, 1)
const disable = command('uma', { type: 'tenant.setAccountStatus', enabled: false }, mia, 3, 'tx')
const noSwitch = { ...switchOn, action: { type: 'tenant.setSwitch' } } as unknown as Command
const noTiebreak = { ...disable, tiebreak: undefined } as unknown as Command
const throwing = {
  ...disable,
  get actor(): never {
    throw Object.create(null)
  },
} as unknown as Command

describe('malformed commands are refused, never thrown', () => {
  it('apply refuses a command without the fields its act needs, naming the field, and leaves the world', () => {
    const world = planningWorld()
    const result = apply(world, noSwitch)
    expect(result).toEqual({ _tag: 'Left', left: { reasons: [{ code: 'request.invalid', path: 'action.switch', message: "missing field 'switch' in tenant.setSwitch" }] } })
  })

  it('apply refuses a command whose getter throws something that cannot be described', () => {
    const result = apply(planningWorld(), throwing)
    expect(result._tag === 'Left' ? result.left.reasons : []).toEqual([
      { code: 'request.invalid', path: '(command)', message: 'it could not be read: a value that cannot be described' },
    ])
  })

  it('replay refuses the malformed commands, after the others, and goes on with the rest whatever the arrival order', () => {
    const log = [noSwitch, switchOn, throwing, noTiebreak, disable, null as unknown as Command]
    const forward = replay(planningWorld(), log)
    const backward = replay(planningWorld(), [...log].reverse())
    const summary = (r: typeof forward) => r.outcomes.map((o) => [o.status, o.reasons.map((x) => (x.code === 'request.invalid' ? `${x.code} ${x.path}` : x.code))])
    expect(summary(forward)).toEqual(summary(backward))
    expect(summary(forward).filter(([status]) => status === 'applied')).toHaveLength(2)
    expect(summary(forward).slice(2).map(([, reasons]) => reasons).sort()).toEqual([
      ['request.invalid (command)'],
      ['request.invalid (root)'],
      ['request.invalid action.switch'],
      ['request.invalid tiebreak'],
    ].sort())
    expect(encode(forward.world)).toEqual(encode(replay(planningWorld(), [switchOn, disable]).world))
  })

  it('a refused outcome is explained as a malformed command, whatever was given, and a replay with some explained whole', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const given = [null, [switchOn], proxy, throwing, noTiebreak, { ...switchOn, at: 1n }, { ...switchOn, tiebreak: Symbol('t') }] as unknown as Command[]
    const outcomes = replay(planningWorld(), [switchOn, ...given]).outcomes
    expect(outcomes.map((o) => o.status)).toEqual(['applied', ...given.map(() => 'rejected')])
    for (const outcome of outcomes.slice(1)) {
      const [head, ...lines] = explainOutcome(outcome).split('\n')
      expect(head).toBe('A malformed command: rejected.')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^ {2}- The request is malformed at /)
    }
    expect(explainReplay(outcomes).split('\n')[0]).toBe("1. 2026-11-23T09:01:00.000Z #1 user 'tina' tenant.setSwitch on the tenant: applied.")
  })

  it('a command timed beyond the dates JavaScript can write (any finite number is a timestamp) is explained in milliseconds', () => {
    const late = { ...switchOn, at: 1e308 } as Command
    const outcomes = replay(planningWorld(), [late]).outcomes
    expect(outcomes.map((o) => o.status)).toEqual(['applied'])
    expect(explainReplay(outcomes).split('\n')[0]).toBe("1. 1e+308 ms #1 user 'tina' tenant.setSwitch on the tenant: applied.")
  })

  it('receive refuses a malformed command into refused and changes nothing', () => {
    const h = [switchOn, noTiebreak].reduce(receive, history(planningWorld()))
    expect(h.commands).toHaveLength(1)
    expect(h.refused.map((o) => [o.command, o.reasons[0]?.code])).toEqual([[noTiebreak, 'request.invalid']])
    expect(encode(currentWorld(h))).toEqual(encode(replay(planningWorld(), [switchOn]).world))
  })
})
