// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, lattice, resource, subject, whoCan, id, type Decision, type Subject, type WorldInput } from '../../src/index.js'
import { batchCase, users as batchUsers } from '../batch/worlds.js'
import type { Question } from '../support/arbitraries/questions.js'
import { compiled } from '../support/compiled.js'
import { reverseQuestions } from './worlds.js'

/** Every subject whoCan asks about for a question: the alias, the scheduler for runs, then the section's users. */
const subjectsFor = (q: Question, users: readonly string[]): readonly Subject[] => [
  subject.internalAlias,
  ...(q.action.type === 'cloudworks.run' ? [subject.scheduler] : []),
  ...users.map((u) => subject.user(id.user(u))),
]

const sectionUsers = (input: WorldInput, type: string): readonly string[] =>
  (type.startsWith('account.') ? input.account?.users : /^(connection|workplace|project)\./.test(type) ? input.workplace?.users : input.tenant?.users)?.map((u) => u.id) ?? []

const same = (a: Decision, b: Decision): void => {
  expect(a.effect).toBe(b.effect)
  expect(a.level).toBe(b.level)
  expect(a.reasons.map((r) => r.code)).toEqual(b.reasons.map((r) => r.code))
  expect(a.reasons).toEqual(b.reasons)
}

describe('whoCan', () => {
  it('W1 whoCan lists exactly the subjects decide allows, each with decide\'s effect, level and reasons', () => {
    fc.assert(
      fc.property(reverseQuestions(6), ({ c, questions }) => {
        const world = compiled(c.input, c.settings)
        const ask = whoCan(world)
        const decider = decide(world)
        for (const q of questions) {
          const answer = ask(q.action, q.resource)
          if (answer.problem !== undefined) {
            expect(answer.entries).toEqual([])
            continue
          }
          const expected = subjectsFor(q, sectionUsers(c.input, q.action.type))
            .map((who) => ({ who, decision: decider(who, q.action, q.resource) }))
            .filter(({ decision }) => decision.effect === 'allow')
          expect(answer.entries.map((e) => e.subject)).toEqual(expected.map((e) => e.who))
          answer.entries.forEach((entry, k) => same(entry.decision, expected[k]!.decision))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('W2 include all lists every subject once, in order, with decide\'s decision; pages joined are the whole answer', () => {
    fc.assert(
      fc.property(reverseQuestions(4), fc.integer({ min: 1, max: 4 }), ({ c, questions }, limit) => {
        const world = compiled(c.input, c.settings)
        const ask = whoCan(world)
        const decider = decide(world)
        for (const q of questions) {
          const whole = ask(q.action, q.resource, { include: 'all' })
          if (whole.problem !== undefined) continue
          const subjects = subjectsFor(q, sectionUsers(c.input, q.action.type))
          expect(whole.entries.map((e) => e.subject)).toEqual(subjects)
          whole.entries.forEach((entry) => same(entry.decision, decider(entry.subject, q.action, q.resource)))
          for (const include of ['allowed', 'denied', 'all'] as const) {
            const paged: string[] = []
            let cursor: string | undefined
            for (let guard = 0; guard < 100; guard++) {
              const page = ask(q.action, q.resource, { include, limit, ...(cursor === undefined ? {} : { cursor }) })
              expect(page.entries.length).toBeLessThanOrEqual(limit)
              paged.push(...page.entries.map((e) => e.name))
              if (page.next === undefined) break
              expect(page.entries.length).toBe(limit)
              cursor = page.next
            }
            const wanted = whole.entries.filter((e) => include === 'all' || (include === 'allowed') === e.qualifies).map((e) => e.name)
            expect(paged).toEqual(wanted)
          }
        }
      }),
      { numRuns: 100 },
    )
  })

  it('W3 on cells with selective access, hierarchies and drivers, whoCan at each minLevel equals decide for every user', () => {
    fc.assert(
      fc.property(batchCase, (c) => {
        const world = compiled(c.input, c.settings)
        const decider = decide(world)
        const ask = whoCan(world)
        const itemsOf = (list: string) => (c.input.tenant?.models?.[0]?.lists ?? []).find((l) => l.id === list)?.items?.map((i) => i.id) ?? []
        const combos = c.dimensions.reduce<Record<string, string>[]>((acc, d) => acc.flatMap((x) => itemsOf(d).map((item) => ({ ...x, [d]: item }))), [{}])
        for (const version of ['v0', 'v1'])
          for (const items of combos)
            for (const action of [{ type: 'cell.read', channel: 'interactive' }, { type: 'cell.write', channel: 'interactive' }, { type: 'cell.read', channel: 'export' }] as const)
              for (const minLevel of ['read', 'write'] as const) {
                const cell = resource.cell({ model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('li'), version: id.version(version), items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, id.item(v)] as const)) })
                const expected = [subject.internalAlias, ...batchUsers.map((u) => subject.user(id.user(u)))].filter((who) => {
                  const d = decider(who, action, cell)
                  return d.effect === 'allow' && lattice.access.levels.indexOf(d.level as 'read') >= lattice.access.levels.indexOf(minLevel)
                })
                expect(ask(action, cell, { minLevel }).entries.map((e) => e.subject)).toEqual(expected)
              }
      }),
      { numRuns: 150 },
    )
  })
})
