// @ts-nocheck
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
