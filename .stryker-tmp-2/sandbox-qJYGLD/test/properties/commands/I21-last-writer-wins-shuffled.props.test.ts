// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { currentWorld, encode, history, id, receive, replay, resource, type Command } from '../../../src/index.js'
import { command, planningWorld, t0 } from '../../support/commands.js'

/**
 * Status and membership transactions on mia by the user administrator (uma) and the WSA (wanda): each
 * is authorised on its own, so every one applies and the last writer decides (R28, A17).
 */
const transactionArb: fc.Arbitrary<Command> = fc
  .record({
    minute: fc.integer({ min: 0, max: 30 }),
    tiebreak: fc.oneof(fc.nat({ max: 5 }), fc.constantFrom('a', 'b', 'tx-9')),
    kind: fc.constantFrom('enable', 'disable', 'addByAdmin', 'removeByAdmin', 'addByWsa', 'removeByWsa'),
  })
  .map(({ minute, tiebreak, kind }) => {
    const mia = resource.user(id.user('mia'))
    const sales = id.workspace('sales')
    const c = (actor: string, action: Command['action']): Command => ({ ...command(actor, action, mia), at: t0 + minute * 60_000, tiebreak })
    switch (kind) {
      case 'enable':
      case 'disable':
        return c('uma', { type: 'tenant.setAccountStatus', enabled: kind === 'enable' })
      case 'addByAdmin':
        return c('uma', { type: 'workspace.addUser', workspace: sales, via: 'administration' })
      case 'removeByAdmin':
        return c('uma', { type: 'workspace.removeUser', workspace: sales, via: 'administration' })
      case 'addByWsa':
        return c('wanda', { type: 'workspace.addUser', workspace: sales, via: 'model', model: id.model('fp'), role: id.role('analyst') })
      case 'removeByWsa':
        return c('wanda', { type: 'workspace.removeUser', workspace: sales, via: 'model' })
    }
  })

const keyed = (log: readonly Command[]) => [...log].sort((a, b) => a.at - b.at || (typeof a.tiebreak === typeof b.tiebreak ? (a.tiebreak < b.tiebreak ? -1 : a.tiebreak > b.tiebreak ? 1 : 0) : typeof a.tiebreak === 'number' ? -1 : 1))

const logArb = fc.uniqueArray(transactionArb, { minLength: 1, maxLength: 12, selector: (c) => `${c.at}/${typeof c.tiebreak}/${c.tiebreak}` })

describe('I21 last writer wins', () => {
  it('I21 the final account status is that of the status transaction with the greatest (timestamp, tiebreak)', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const statuses = keyed(log).filter((c) => c.action.type === 'tenant.setAccountStatus')
        const last = statuses.at(-1)
        const mia = encode(replay(planningWorld(), log).world).tenant?.users.find((u) => u.id === 'mia')
        const expected = last === undefined || last.action.type !== 'tenant.setAccountStatus' ? true : last.action.enabled
        expect(mia?.enabled !== false).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('I21 the world and every outcome are identical for every arrival order, replayed or received one by one', () => {
    fc.assert(
      fc.property(logArb.chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length }), fc.shuffledSubarray(log, { minLength: log.length }))), ([log, shuffled, arrival]) => {
        const world = planningWorld()
        const inOrder = replay(world, log)
        const reordered = replay(world, shuffled)
        expect(encode(reordered.world)).toEqual(encode(inOrder.world))
        expect(reordered.outcomes).toEqual(inOrder.outcomes)
        const received = arrival.reduce(receive, history(world))
        expect(encode(currentWorld(received))).toEqual(encode(inOrder.world))
        expect(received.steps.map((s) => s.outcome)).toEqual(inOrder.outcomes)
      }),
      { numRuns: 150 },
    )
  })
})
