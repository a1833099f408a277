// The cell actions of `action` are shared and frozen, and decide recognises them without reading their
// keys: a request with one is decided exactly as with the same action written as a literal.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { action, compile, decide, id, subject, type Action, type Decision } from '../../src/index.js'
import { planningRequests, planningWorld } from '../support/arbitraries/planning.js'
import { compiled } from '../support/compiled.js'
import { sampleBerlin, sampleInput } from '../support/worlds.js'

const ask = decide(compiled(sampleInput))
const berlin = sampleBerlin
const literal = (a: Action): Action => JSON.parse(JSON.stringify(a)) as Action

const invalidAt = (decision: Decision, path: string): void => {
  expect(decision.effect).toBe('deny')
  expect(decision.reasons).toEqual([expect.objectContaining({ code: 'request.invalid', path })])
}

describe('the cell actions of action', () => {
  it('are one shared, frozen object per channel, interactive unless told', () => {
    expect(action.cellRead()).toBe(action.cellRead('interactive'))
    expect(action.cellWrite()).toBe(action.cellWrite('interactive'))
    expect(action.cellRead('export')).toEqual({ type: 'cell.read', channel: 'export' })
    expect(action.cellWrite('fileImport')).toEqual({ type: 'cell.write', channel: 'fileImport' })
    for (const a of [action.cellRead(), action.cellRead('importSource'), action.cellWrite('modelImport')]) expect(Object.isFrozen(a)).toBe(true)
  })

  it('are decided as the same actions written as literals, on the fast path and on the codecs path', () => {
    const session = subject.user(id.user('paula'), { issuedAt: 0 })
    for (const who of [subject.user(id.user('paula')), subject.user(id.user('tina')), session, subject.internalAlias])
      for (const a of [action.cellRead(), action.cellRead('export'), action.cellWrite(), action.cellWrite('fileImport')])
        expect(ask(who, a, berlin)).toEqual(ask(who, literal(a), berlin))
    expect(ask(subject.user(id.user('paula')), action.cellWrite(), berlin)).toMatchObject({ effect: 'allow', level: 'write' })
  })

  it('give a fresh action for a channel that is none, which decide refuses naming the channel', () => {
    const bogus = action.cellRead('everywhere' as never)
    expect(Object.isFrozen(bogus)).toBe(false)
    invalidAt(ask(subject.user(id.user('paula')), bogus, berlin), 'action.channel')
  })

  it('are recognised by identity only: a literal of the same type and channel with another field is refused', () => {
    invalidAt(ask(subject.user(id.user('paula')), { type: 'cell.read', channel: 'interactive', as: 'admin' } as never, berlin), 'action.as')
    const inherited = Object.create(action.cellRead()) as Action
    invalidAt(ask(subject.user(id.user('paula')), inherited, berlin), 'action.type')
  })

  it('are decided as literals over generated worlds', () => {
    let cells = 0
    fc.assert(
      fc.property(
        planningWorld.chain((world) => fc.tuple(fc.constant(world), planningRequests(world, 8))),
        ([world, requests]) => {
          const built = compile(world.input, world.settings)
          if (built._tag === 'Left') throw new Error(`generated world does not compile: ${JSON.stringify(built.left)}`)
          const decider = decide(built.right)
          for (const r of requests) {
            if (r.action.type !== 'cell.read' && r.action.type !== 'cell.write') continue
            cells++
            const shared = r.action.type === 'cell.read' ? action.cellRead(r.action.channel) : action.cellWrite(r.action.channel)
            expect(decider(r.subject, shared, r.resource)).toEqual(decider(r.subject, literal(r.action), r.resource))
          }
        },
      ),
      { numRuns: 200 },
    )
    expect(cells).toBeGreaterThan(200)
  })
})
