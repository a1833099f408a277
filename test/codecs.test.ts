import fc from 'fast-check'
import * as t from 'io-ts'
import { describe, expect, test } from 'vitest'
import { codecs, commandCodec, decideWith, reason, reasonCodes, settle, verdict, type Decision } from '../src/index.js'
import { questionFrom } from './support/arbitraries/questions.js'
import { compiled, probePolicy } from './support/compiled.js'
import { settlingArb } from './support/arbitraries/verdicts.js'
import { poolsOf, sampleInput } from './support/worlds.js'

const roundTrip = (d: Decision): unknown => {
  const back = codecs.decision.decode(JSON.parse(JSON.stringify(d)))
  return back._tag === 'Right' ? back.right : codecs.report(back.left)
}

describe('codecs.decision', () => {
  test('decisions of the engine round-trip through JSON', () => {
    const ask = decideWith(probePolicy)(compiled(sampleInput))
    fc.assert(
      fc.property(questionFrom(poolsOf(sampleInput)), (q) => {
        const d = ask(q.subject, q.action, q.resource)
        expect(roundTrip(d)).toStrictEqual(d)
      }),
      { numRuns: 200 },
    )
  })

  test('settled decisions with warnings and an actor round-trip through JSON', () => {
    fc.assert(
      fc.property(settlingArb, fc.constantFrom(undefined, { kind: 'internalAlias' } as const), ({ requirement, verdicts }, actor) => {
        const d = settle(requirement, verdicts, actor)
        expect(roundTrip(d)).toStrictEqual(d)
      }),
      { numRuns: 200 },
    )
  })

  test.each([
    ['an unknown reason code', { effect: 'deny', level: 'none', reasons: [{ code: 'made.up' }], warnings: [] }, 'reasons[0].code', /unknown reason code "made.up"/],
    ['a reason without a code', { effect: 'deny', level: 'none', reasons: [{ action: 'x' }], warnings: [] }, 'reasons[0].code', /missing field 'code' in reason/],
    ['a nested reason parameter', { effect: 'deny', level: 'none', reasons: [{ code: 'default.no_grant', action: { a: 1 } }], warnings: [] }, 'reasons[0].action', /./],
    ['an unknown effect', { effect: 'maybe', level: 'none', reasons: [], warnings: [] }, 'effect', /allow, deny/],
    ['an unknown level', { effect: 'deny', level: 'some', reasons: [], warnings: [] }, 'level', /none, read, write/],
    ['a missing field', { effect: 'deny', level: 'none', reasons: [] }, 'warnings', /missing field 'warnings'/],
  ])('rejects %s', (_, wire, path, message) => {
    const result = codecs.decision.decode(wire)
    expect(result._tag).toBe('Left')
    if (result._tag === 'Right') return
    const errors = codecs.report(result.left)
    const at = errors.find((e) => e.path === path || e.path.startsWith(`${path}[`))
    expect(at?.message).toMatch(message)
  })

  test('every reason code the engine knows decodes', () => {
    for (const code of reasonCodes) expect(codecs.reason.decode({ code })._tag).toBe('Right')
    expect(codecs.reason.decode(reason('default.no_grant', { action: 'cell.read' }))._tag).toBe('Right')
    expect(codecs.decision.is(settle({ action: 'x', lattice: 'access', requires: 1 }, verdict.skip))).toBe(true)
  })
})

describe('codecs.request', () => {
  test('a valid request decodes to itself', () => {
    fc.assert(
      fc.property(questionFrom(poolsOf(sampleInput)), (q) => {
        const decoded = codecs.request.decode(JSON.parse(JSON.stringify(q)))
        // toEqual: decoded records (cell items) have no prototype, so that any id is an ordinary key.
        expect(decoded._tag === 'Right' ? decoded.right : codecs.report(decoded.left)).toEqual(JSON.parse(JSON.stringify(q)))
      }),
      { numRuns: 200 },
    )
  })

  const valid = {
    subject: { kind: 'user', id: 'paula' },
    action: { type: 'cell.read', channel: 'interactive' },
    resource: { kind: 'cell', model: 'finance-plan', module: 'opex', lineItem: 'amount', version: 'budget', items: { 'cost-centre': 'cc-berlin', product: 'widgets' } },
  }
  test.each([
    ['an unknown subject kind', { ...valid, subject: { kind: 'robot' } }, 'subject.kind', /unknown subject kind "robot"/],
    ['an empty user id', { ...valid, subject: { kind: 'user', id: '' } }, 'subject.id', /non-empty/],
    ['a session without its time', { ...valid, subject: { kind: 'user', id: 'a', session: {} } }, 'subject.session.issuedAt', /missing field 'issuedAt'/],
    ['an unknown action type', { ...valid, action: { type: 'cell.delete' } }, 'action.type', /unknown action type "cell.delete"/],
    ['an unknown read channel', { ...valid, action: { type: 'cell.read', channel: 'fax' } }, 'action.channel', /interactive, export, importSource/],
    ['an unknown field in an action', { ...valid, action: { type: 'model.open', as: 'admin' } }, 'action.as', /unknown field 'as'/],
    ['an unknown resource kind', { ...valid, resource: { kind: 'planet' } }, 'resource.kind', /unknown resource kind "planet"/],
    ['a cell item that is not an id', { ...valid, resource: { ...valid.resource, items: { product: 3 } } }, 'resource.items.product', /non-empty/],
    ['a missing resource', { subject: valid.subject, action: valid.action }, 'resource', /missing field 'resource'/],
  ])('names the path of %s', (_, wire, path, message) => {
    const result = codecs.request.decode(wire)
    expect(result._tag).toBe('Left')
    if (result._tag === 'Right') return
    const errors = codecs.report(result.left)
    expect(errors.map((e) => e.path)).toStrictEqual([path])
    expect(errors[0]?.message).toMatch(message)
  })

  test('names a missing tag as a missing field, never as undefined', () => {
    const result = codecs.request.decode({ ...valid, subject: { id: 'paula' }, action: {} })
    expect(result._tag === 'Left' ? codecs.report(result.left) : []).toStrictEqual([
      { path: 'subject.kind', message: "missing field 'kind' in subject" },
      { path: 'action.type', message: "missing field 'type' in action" },
    ])
  })

  test('names an empty key in a path, never ending the path with a dot', () => {
    const result = codecs.request.decode({ ...valid, subject: { kind: 'user', id: 'paula', session: { issuedAt: 1, '': 2 } } })
    expect(result._tag === 'Left' ? codecs.report(result.left) : []).toStrictEqual([{ path: "subject.session['']", message: "unknown field '' in session" }])
  })

  const cyclic: Record<string, unknown> = {}
  cyclic['self'] = cyclic
  test.each([
    ['a bigint', 1n, 'a bigint'],
    ['a symbol', Symbol('s'), 'a symbol'],
    ['a function', () => 1, 'a function'],
    ['NaN', Number.NaN, 'NaN'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['a cyclic object', cyclic, 'a value that cannot be written as JSON'],
    ['an object whose toJSON throws', { toJSON: (): never => { throw new Error('no') } }, 'a value that cannot be written as JSON'],
  ])('reports %s as a tag, never throwing', (_, value, described) => {
    const result = codecs.request.decode({ ...valid, subject: { kind: value, id: 'paula' } })
    expect(result._tag === 'Left' ? codecs.report(result.left) : []).toStrictEqual([{ path: 'subject.kind', message: `unknown subject kind ${described}` }])
  })

  test('reports every bad field of a request at once', () => {
    const result = codecs.request.decode({ subject: { kind: 'user' }, action: { type: 'cell.read' }, resource: { kind: 'model' } })
    expect(result._tag === 'Left' ? codecs.report(result.left).map((e) => e.path) : []).toStrictEqual(['subject.id', 'action.channel', 'resource.id'])
  })
})

describe('the exported codecs are total', () => {
  const revoked = (): unknown => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  }
  const throwing = (): unknown => new Proxy({}, { get: () => { throw Object.create(null) }, ownKeys: () => { throw new Error('no keys') } })
  const exported = { ...codecs, commandCodec } as Record<string, unknown>
  const named = Object.entries(exported).filter((entry): entry is [string, t.Mixed] => entry[1] instanceof t.Type)
  test('covers every codec exported', () => expect(named.map(([name]) => name).sort()).toEqual(['action', 'commandCodec', 'decision', 'reason', 'request', 'resource', 'subject', 'world']))
  test.each(named)('%s: a value whose reading throws is one error at the root, and is() is false (they used to throw)', (_name, codec) => {
    for (const value of [revoked(), throwing()]) {
      const decoded = codec.decode(value)
      expect(decoded._tag).toBe('Left')
      expect(decoded._tag === 'Left' ? codecs.report(decoded.left) : []).toEqual([{ path: '(root)', message: expect.stringMatching(/^it could not be read: /) as unknown }])
      expect(codec.is(value)).toBe(false)
    }
  })
})
