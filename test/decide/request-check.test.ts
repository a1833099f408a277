// decide and trace check every request once, up front, and never throw (README: "never throws and never
// mutates; malformed input is a deny with a reason").
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { codecs, decide, id, modules, resource, subject, trace, type Action, type Decision, type Resource, type Subject } from '../../src/index.js'
import { omit } from '../../src/internal/omit.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { compiled } from '../support/compiled.js'
import { account } from '../support/fixtures/account.js'
import { sampleBerlin } from '../support/worlds.js'

const world = compiled(JSON.parse(readFileSync(new URL('../../examples/world.json', import.meta.url), 'utf8')))
const ask = decide(world)
const traced = trace(world)
const paula = subject.user(id.user('paula'))
const tina = subject.user(id.user('tina'))
const plan = resource.model(id.model('finance-plan'))
const berlin = sampleBerlin

/** Both entry points, the request passed as untyped values. */
const both = (s: unknown, a: unknown, r: unknown): readonly Decision[] => [
  ask(s as Subject, a as Action, r as Resource),
  traced(s as Subject, a as Action, r as Resource),
]

/** The decision a traced one carries (codecs.decision reads decisions, not traces). */
const withoutTrace = (d: Decision): Decision => omit(d as Decision & { trace?: unknown }, ['trace'])

const invalidAt = (decisions: readonly Decision[], path: string): void => {
  for (const d of decisions) {
    expect(d.effect).toBe('deny')
    expect(d.reasons).toHaveLength(1)
    expect(d.reasons[0]).toMatchObject({ code: 'request.invalid', path })
    expect(codecs.decision.decode(withoutTrace(d))._tag).toBe('Right')
  }
}

describe('unthrowable throwables: decide and trace deny, naming the part they could not read', () => {
  const throwing = (thrown: () => unknown): Action => ({
    get type(): string {
      throw thrown()
    },
  }) as unknown as Action
  const hostile: readonly [string, () => unknown][] = [
    ['a null-prototype object', (): unknown => Object.create(null)],
    ['an object whose toString throws', () => ({ toString: () => { throw new Error('no') } })],
    ['a revoked proxy', () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy }],
    ['an Error whose message getter throws', () => Object.defineProperty(new Error(), 'message', { get: () => { throw Object.create(null) as Error } })],
  ]
  it.each(hostile)('an action getter throwing %s', (_, thrown) => {
    const decisions = both(paula, throwing(thrown), plan)
    invalidAt(decisions, 'action')
    for (const d of decisions) expect(d.reasons[0]?.['message' as never]).toMatch(/^it could not be read: ./)
  })

  it('a revoked proxy as the subject', () => {
    const p = Proxy.revocable({}, {})
    p.revoke()
    invalidAt(both(p.proxy, { type: 'model.open' }, plan), 'subject')
  })

  it('a proxy whose every trap throws a null-prototype object, as the resource', () => {
    const traps = new Proxy({}, { get: () => () => { throw Object.create(null) } })
    invalidAt(both(paula, { type: 'model.open' }, new Proxy({}, traps)), 'resource')
  })
})

describe('malformed requests are denied with request.invalid naming the field (they used to be allowed)', () => {
  it('a subject without kind', () => invalidAt(both({ id: 'paula' }, { type: 'model.open' }, plan), 'subject.kind'))
  it('tenant.setSwitch without switch or on', () => invalidAt(both(tina, { type: 'tenant.setSwitch' }, resource.tenant), 'action.switch'))
  it("cloudworks.manage with operation '__proto__'", () =>
    invalidAt(both(tina, { type: 'cloudworks.manage', operation: '__proto__' }, { kind: 'integration', id: 'budget-upload' }), 'action.operation'))
  it('cell.write without a channel', () => invalidAt(both(paula, { type: 'cell.write' }, berlin), 'action.channel'))
  it('cell.write with an unknown channel', () => invalidAt(both(paula, { type: 'cell.write', channel: 'telepathy' }, berlin), 'action.channel'))
  it('a cell item that is not an id', () => invalidAt(both(paula, { type: 'cell.read', channel: 'interactive' }, { ...berlin, items: { product: 7 } }), 'resource.items.product'))
  it('an unknown field on the subject', () => invalidAt(both({ kind: 'user', id: 'paula', sesion: { issuedAt: 1 } }, { type: 'model.open' }, plan), 'subject.sesion'))
  it('an unknown field on a cell resource', () => invalidAt(both(paula, { type: 'cell.read', channel: 'interactive' }, { ...berlin, note: 1 }), 'resource.note'))
  it('a cell request whose subject holds kind as a hidden own field beside an unknown one', () =>
    invalidAt(both(Object.defineProperty({ id: 'paula', x: 1 }, 'kind', { value: 'user', enumerable: false }), { type: 'cell.read', channel: 'interactive' }, berlin), 'subject.x'))
  it('a cell request whose subject inherits kind from a getter and holds an unknown own field', () => {
    const inherits = Object.assign(Object.create({ get kind() { return 'user' } }) as object, { id: 'paula', x: 1 })
    invalidAt(both(inherits, { type: 'cell.read', channel: 'interactive' }, berlin), 'subject.x')
  })
  it('a cell request whose subject lacks kind while Object.prototype holds one', () => {
    Object.defineProperty(Object.prototype, 'kind', { value: 'user', enumerable: true, configurable: true, writable: true })
    try {
      invalidAt(both({ id: 'paula' }, { type: 'cell.read', channel: 'interactive' }, berlin), 'subject.kind')
    } finally {
      delete (Object.prototype as { kind?: unknown }).kind
    }
  })
  it('any request read through the codecs while Object.prototype holds a field of one (a polluted prototype)', () => {
    const accountWorld = compiled({ account })
    const fresh = { kind: 'user', id: 'fresh' }
    const author = { type: 'account.author', artifact: 'flow', operation: 'create' }
    expect(decide(accountWorld)(fresh as Subject, author as Action, { kind: 'account' }).effect).toBe('deny')
    Object.defineProperty(Object.prototype, 'session', { value: { issuedAt: 1_000 }, enumerable: true, configurable: true, writable: true })
    let polluted: readonly Decision[]
    try {
      polluted = [decide(accountWorld)(fresh as Subject, author as Action, { kind: 'account' }), ...both(paula, { type: 'model.open' }, plan)]
    } finally {
      delete (Object.prototype as { session?: unknown }).session
    }
    invalidAt(polluted, 'subject')
    for (const d of polluted) expect(d.reasons[0]).toMatchObject({ message: "Object.prototype holds 'session', a field every object would inherit: nothing can be read" })
  })
  it('a null subject, with no JavaScript error text in the reason', () => {
    const decisions = both(null, { type: 'model.open' }, plan)
    invalidAt(decisions, 'subject')
    for (const d of decisions) expect(JSON.stringify(d.reasons)).not.toMatch(/Cannot read|TypeError|undefined/)
  })
  it.each([
    ['NaN', Number.NaN, 'expected a finite number, got NaN'],
    ['Infinity', Infinity, 'expected a finite number, got Infinity'],
    ['a symbol', Symbol('now'), 'expected a finite number, got a symbol'],
    ['a bigint', 1n, 'expected a finite number, got a bigint'],
  ])('a session issued at %s, a time JSON cannot carry, named in words', (_, issuedAt, message) => {
    const decisions = both({ kind: 'user', id: 'paula', session: { issuedAt } }, { type: 'model.open' }, plan)
    invalidAt(decisions, 'subject.session.issuedAt')
    for (const d of decisions) expect(d.reasons[0]).toMatchObject({ message })
  })
  it('cell items whose getter names an item to the check and an empty id after it: no empty id reaches a reason', () => {
    let reads = 0
    const items = Object.defineProperty({ product: 'widgets' }, 'cost-centre', { enumerable: true, get: () => (reads++ % 2 === 0 ? 'cc-berlin' : '') })
    const decisions = both(paula, { type: 'cell.read', channel: 'interactive' }, { ...berlin, items })
    invalidAt(decisions, 'resource.items')
    for (const d of decisions) expect(JSON.stringify(d.reasons)).not.toContain("''")
  })
  it("account.author with artifact '__proto__'", () =>
    invalidAt(both(tina, { type: 'account.author', artifact: '__proto__', operation: 'create' }, { kind: 'account' }), 'action.artifact'))
})

describe('well-formed requests are unchanged by the check', () => {
  it('a cell read is decided, not refused', () => {
    const d = ask(paula, { type: 'cell.read', channel: 'interactive' }, berlin)
    expect(d.reasons.map((r) => r.code)).not.toContain('request.invalid')
  })
  it('inherited or prototype-less objects take the codecs path and are decided as their plain copies', () => {
    const bare = Object.assign(Object.create(null) as object, { kind: 'user', id: 'paula' })
    expect(ask(bare as Subject, { type: 'cell.read', channel: 'interactive' }, berlin)).toEqual(ask(paula, { type: 'cell.read', channel: 'interactive' }, berlin))
  })
})

describe('decisions own their data', () => {
  it("the actor is a fresh object with exactly the codec's fields, and codecs.decision accepts the decision", () => {
    const rita = { kind: 'user', id: 'rita' } as Subject
    const run = ask(rita, { type: 'cloudworks.run' }, { kind: 'integration', id: id.integration('budget-upload') })
    expect(run.actor).toEqual({ kind: 'user', id: 'rita' })
    expect(run.actor).not.toBe(rita)
    expect(codecs.decision.decode(run)._tag).toBe('Right')
    ;(rita as { id: string }).id = 'mallory'
    expect(run.actor).toEqual({ kind: 'user', id: 'rita' })
  })
  it('the shared Internal (Full Access) actor cannot be changed through a decision', () => {
    const run = ask(subject.scheduler, { type: 'cloudworks.run' }, { kind: 'integration', id: id.integration('nightly-opex-export') })
    expect(run.actor).toEqual({ kind: 'internalAlias' })
    expect(Object.isFrozen(run.actor)).toBe(true)
  })
})

describe('keyed lookups on request data are own-property lookups', () => {
  it('the account.author rule, reached without the check, refuses an artifact that only Object.prototype holds', () => {
    const author = modules.accountRoles.handlers['account.author']!
    const context = { world: snapshotOf(compiled({ account })), decide: () => { throw new Error('no sub-decision') }, cell: undefined, memo: undefined } as never
    const flow = subject.user(id.user('flow'), { issuedAt: 50 })
    const request = { subject: flow, actor: flow, action: { type: 'account.author', artifact: '__proto__', operation: 'create' }, resource: { kind: 'account' } }
    const verdicts = author(request as never, context)
    expect(verdicts).toContainEqual({ tag: 'cap', level: 0, reason: { code: 'request.invalid', path: 'action.artifact', message: "unknown artifact '__proto__'" } })
    expect(JSON.stringify(verdicts)).not.toContain('"role":{}')
  })
})
