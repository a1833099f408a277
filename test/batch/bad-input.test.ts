// decideCells checks its subject, action and slice once, up front, as decide checks a request: what the
// codecs reject denies every cell with request.invalid naming the field, never a throw, and each field
// of the caller's objects is read once (a getter cannot answer one subject to the decision and another
// to the grid).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { codecs, decideCells, type BatchCellAction, type CellGrid, type CellSlice, type Subject } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

const world = compiled(JSON.parse(readFileSync(new URL('../../examples/world.json', import.meta.url), 'utf8')))
const cells = decideCells(world)
const read = { type: 'cell.read', channel: 'interactive' }
const slice = { model: 'finance-plan', module: 'opex', lineItem: 'amount', version: 'budget' }
const pete = { kind: 'user', id: 'pete' }
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const grid = (s: unknown, a: unknown, sl: unknown): CellGrid => cells(s as Subject, a as BatchCellAction, sl as CellSlice)

describe('decideCells on bad input: every cell denied with request.invalid naming the field, never a throw', () => {
  it.each([
    ['a null subject', () => grid(null, read, slice), 'subject'],
    ['a revoked proxy as the subject', () => grid(revoked(), read, slice), 'subject'],
    ['a null action', () => grid(pete, null, slice), 'action'],
    ['an action that is not a cell read or an interactive write', () => grid(pete, { type: 'model.open' }, slice), 'action.type'],
    ['a cell write on an import channel', () => grid(pete, { type: 'cell.write', channel: 'fileImport' }, slice), 'action.channel'],
    ['a null slice', () => grid(pete, read, null), 'slice'],
    ['a revoked proxy as the slice', () => grid(pete, read, revoked()), 'slice'],
    ['a slice with an unknown field', () => grid(pete, read, { ...slice, items: {} }), 'slice.items'],
    ['a slice without a version', () => grid(pete, read, { ...slice, version: undefined }), 'slice.version'],
  ])('%s', (_, ask, path) => {
    const answer = ask()
    expect(answer.common).toMatchObject({ effect: 'deny', reasons: [{ code: 'request.invalid', path }] })
    expect(codecs.decision.decode(answer.common)._tag).toBe('Right')
    expect([answer.count(), answer.undriven(), answer.allows([0, 0]), answer.level([0, 0])]).toEqual([0, 0, false, 0])
  })

  it('a subject whose getter answers another user when read again is decided as the user it named first', () => {
    let reads = 0
    const flipping = { kind: 'user', get id() { return reads++ === 0 ? 'pete' : 'wes' } }
    const answer = grid(flipping, read, slice)
    const asPete = grid(pete, read, slice)
    expect([answer.common, answer.count(), answer.selective]).toEqual([asPete.common, asPete.count(), asPete.selective])
  })
})
