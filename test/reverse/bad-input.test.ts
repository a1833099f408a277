import { describe, expect, it } from 'vitest'
import { accessReview, explainReason, id, resource, subject, whatCan, whoCan, type Action, type Resource, type WhatCanScope } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { sampleInput } from '../support/worlds.js'

const world = compiled(sampleInput)
const tenantOnly = compiled({ tenant: sampleInput.tenant })
const read: Action = { type: 'cell.read', channel: 'interactive' }
const cell = (items: Record<string, string>, model = 'finance-plan'): Resource =>
  resource.cell({ model: id.model(model), module: id.module('opex'), lineItem: id.lineItem('amount'), version: id.version('budget'), items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, id.item(v)] as const)) })

describe('reverse questions on bad input: an empty answer with a reason, never a throw', () => {
  const whoCases: readonly [string, Action, Resource, Record<string, unknown>, string][] = [
    ['an unknown model', read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }, 'nope'), {}, 'request.unknown_id'],
    ['an unknown item', read, cell({ 'cost-centre': 'cc-nowhere', product: 'widgets' }), {}, 'request.unknown_id'],
    ['a missing dimension', read, cell({ 'cost-centre': 'cc-berlin' }), {}, 'request.invalid'],
    ['an unknown action type', { type: 'cell.peek' } as unknown as Action, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), {}, 'request.invalid'],
    ['a resource of another kind', read, resource.model(id.model('finance-plan')), {}, 'request.resource_mismatch'],
    ['an unknown integration', { type: 'cloudworks.run' }, resource.integration(id.integration('nope')), {}, 'request.unknown_id'],
    ['a level of another lattice', read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { minLevel: 'admin' }, 'request.invalid'],
    ['a bad include', read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { include: 'some' }, 'request.invalid'],
    ['a zero limit', read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { limit: 0 }, 'request.invalid'],
    ['a limit that is not a whole number (it used to be ignored, every entry listed)', read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { limit: 1.5, include: 'all' }, 'request.invalid'],
    ['a forged cursor', read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { cursor: 'p99999' }, 'request.invalid'],
  ]
  for (const [name, action, at, options, code] of whoCases)
    it(`whoCan: ${name} → ${code}`, () => {
      const answer = whoCan(world)(action, at, options)
      expect(answer.entries).toEqual([])
      expect(answer.problem?.code).toBe(code)
      expect(explainReason(answer.problem!).length).toBeGreaterThan(0)
    })

  it('whoCan: a workplace or account act on a world without that section names the section', () => {
    expect(whoCan(tenantOnly)({ type: 'connection.view' }, resource.workplaceConnection(id.connection('c'))).problem).toEqual({ code: 'request.unknown_id', kind: 'workplace', id: 'workplace' })
    expect(whoCan(tenantOnly)({ type: 'account.operate', operation: 'viewData' }, resource.account()).problem).toEqual({ code: 'request.unknown_id', kind: 'account', id: 'account' })
  })

  const whatCases: readonly [string, Parameters<ReturnType<typeof whatCan>>[0], WhatCanScope, string][] = [
    ['an unknown user', subject.user(id.user('ghost')), { kind: 'model', model: id.model('finance-plan') }, 'request.unknown_id'],
    ['an unknown model', subject.user(id.user('paula')), { kind: 'model', model: id.model('nope') }, 'request.unknown_id'],
    ['the scheduler', subject.scheduler, { kind: 'tenant' }, 'request.subject_not_supported'],
    ['a world without a workplace', subject.user(id.user('paula')), { kind: 'workplace' }, 'request.unknown_id'],
    ['a scope of no kind', subject.user(id.user('paula')), { kind: 'galaxy' } as unknown as WhatCanScope, 'request.invalid'],
    ['no scope at all', subject.user(id.user('paula')), null as unknown as WhatCanScope, 'request.invalid'],
  ]
  for (const [name, who, scope, code] of whatCases)
    it(`whatCan: ${name} → ${code}`, () => {
      const answer = whatCan(tenantOnly)(who, scope)
      expect(answer.kind).toBe('none')
      if (answer.kind === 'none') expect(answer.problem.code).toBe(code)
    })

  it('whatCan: the alias has no place in the account', () => {
    const account = compiled({ account: { users: [{ id: 'a1', baseRole: { role: 'user', grantedAt: 0 } }] } })
    const answer = whatCan(account)(subject.internalAlias, { kind: 'account' })
    expect(answer.kind === 'none' ? answer.problem.code : answer.kind).toBe('request.subject_not_supported')
  })

  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  }
  const throwsOnRead = (field: string): object => Object.defineProperty({}, field, { enumerable: true, get: (): never => { throw Object.create(null) as Error } })
  const berlin = cell({ 'cost-centre': 'cc-berlin', product: 'widgets' })
  const problemOf = (answer: ReturnType<ReturnType<typeof whoCan>> | ReturnType<ReturnType<typeof whatCan>>) =>
    'entries' in answer ? (answer.entries.length === 0 ? answer.problem : undefined) : answer.kind === 'none' ? answer.problem : undefined

  const hostileWho: readonly [string, () => unknown, () => unknown, () => unknown, string][] = [
    ['an action whose getter throws a value without a prototype', () => throwsOnRead('type'), () => berlin, () => ({}), 'action'],
    ['a revoked proxy as the resource', () => read, revoked, () => ({}), 'resource'],
    ['a revoked proxy as the cell items', () => read, () => ({ ...berlin, items: revoked() }), () => ({}), 'resource'],
    ['an action with an unknown field', () => ({ type: 'model.open', as: 'admin' }), () => resource.model(id.model('finance-plan')), () => ({}), 'action.as'],
    ['an action that is an array', () => ['model.open'], () => resource.model(id.model('finance-plan')), () => ({}), 'action'],
    ['a resource of no kind', () => read, () => ({ id: 'finance-plan' }), () => ({}), 'resource.kind'],
    ['null options', () => read, () => berlin, () => null, 'options'],
    ['revoked options', () => read, () => berlin, revoked, 'options'],
    ['a session that is not one', () => read, () => berlin, () => ({ session: { issuedAt: 'now' } }), 'options.session.issuedAt'],
  ]
  for (const [name, action, at, options, path] of hostileWho)
    it(`whoCan: ${name} → request.invalid at ${path}, never a throw`, () => {
      const problem = problemOf(whoCan(world)(action() as Action, at() as Resource, options() as never))
      expect(problem).toMatchObject({ code: 'request.invalid', path })
      expect(explainReason(problem!)).not.toMatch(/undefined|null|\[object Object\]/)
    })

  const hostileWhat: readonly [string, () => unknown, () => unknown, string][] = [
    ['a subject whose getter throws a value without a prototype', () => throwsOnRead('kind'), () => ({ kind: 'tenant' }), 'subject'],
    ['a subject that is a symbol', () => Symbol('paula'), () => ({ kind: 'tenant' }), 'subject'],
    ['a subject with an unknown field', () => ({ kind: 'user', id: 'paula', role: 'admin' }), () => ({ kind: 'tenant' }), 'subject.role'],
    ['a scope whose model is an object', () => subject.user(id.user('paula')), () => ({ kind: 'model', model: {} }), 'scope.model'],
    ['a scope with an unknown field', () => subject.user(id.user('paula')), () => ({ kind: 'tenant', model: 'finance-plan' }), 'scope.model'],
    ['a revoked proxy as the scope', () => subject.user(id.user('paula')), revoked, 'scope'],
  ]
  for (const [name, who, scope, path] of hostileWhat)
    it(`whatCan: ${name} → request.invalid at ${path}, never a throw`, () => {
      const problem = problemOf(whatCan(world)(who() as never, scope() as never))
      expect(problem).toMatchObject({ code: 'request.invalid', path })
      expect(explainReason(problem!)).not.toMatch(/undefined|null|\[object Object\]/)
    })

  it.each([
    ['null options', () => null, /^options: expected options \(an object\)/],
    ['a revoked proxy as the options', revoked, /^options: it could not be read/],
    ['sections that are a string', () => ({ sections: 'model' }), /^options\.sections: /],
    ['a session that is not one', () => ({ session: { issuedAt: 'now' } }), /^options\.session\.issuedAt: /],
    ['a misspelled option', () => ({ sesion: { issuedAt: 1 } }), /^options\.sesion: unknown field/],
  ])('accessReview: %s throws a TypeError naming the option', (_, options, message) => {
    expect(() => accessReview(world, options() as never)).toThrow(TypeError)
    expect(() => accessReview(world, options() as never)).toThrow(message)
  })

  it('accessReview: a world without a workplace or account has no rows there', () => {
    expect([...accessReview(tenantOnly, { sections: ['connection', 'project', 'account'] })]).toEqual([])
  })
})

describe('the example world in reverse', () => {
  it('why can\'t Pete see the Berlin budget? whoCan with denied subjects says', () => {
    const answer = whoCan(world)(read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { include: 'denied' })
    const pete = answer.entries.find((entry) => entry.name === 'pete')
    expect(pete?.qualifies).toBe(false)
    expect(pete?.decision.reasons.map((r) => r.code)).toContain('selective_access.item_not_granted')
  })

  it('the alias is listed first, named Internal (Full Access)', () => {
    const answer = whoCan(world)(read, cell({ 'cost-centre': 'cc-berlin', product: 'widgets' }), { include: 'all', limit: 1 })
    expect(answer.entries.map((entry) => [entry.subject, entry.name])).toEqual([[subject.internalAlias, 'Internal (Full Access)']])
    expect(answer.next).toBeDefined()
  })
})
