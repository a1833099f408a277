// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, inItemSet, resource, subject, whatCan, type Action, type ItemId, type ListId, type Subject, type WorldInput } from '../../src/index.js'
import { batchCase, users, versions, type BatchCase } from '../batch/worlds.js'
import { compiled } from '../support/compiled.js'
import { reverseCase } from './worlds.js'

const model = id.model('m')
const subjects: readonly Subject[] = [subject.internalAlias, ...users.map((u) => subject.user(id.user(u)))]

/** The world with no access drivers on any line item. */
const stripped = (c: BatchCase): WorldInput => {
  const m = c.input.tenant!.models[0]!
  return { ...c.input, tenant: { ...c.input.tenant!, models: [{ ...m, modules: m.modules!.map((x) => ({ ...x, lineItems: (x.lineItems ?? []).map((li) => ({ id: li.id })) })) }] } }
}

const ancestorsOf = (c: BatchCase, list: string, item: string): { list: ListId; item: ItemId }[] => {
  const lists = c.input.tenant!.models[0]!.lists!
  const found: { list: ListId; item: ItemId }[] = []
  let at = lists.find((l) => l.id === list)
  let current = item
  while (at?.parent !== undefined) {
    const parent = at.items?.find((i) => i.id === current)?.parent
    if (parent === undefined) break
    found.push({ list: id.list(at.parent), item: id.item(parent) })
    current = parent
    at = lists.find((l) => l.id === at!.parent)
  }
  return found
}

describe('whatCan', () => {
  it('C1 on a model, each dimension\'s item sets hold a cell\'s items exactly when decide allows it without drivers; counts and lowered cells agree with decide', () => {
    fc.assert(
      fc.property(batchCase, (c) => {
        const world = compiled(c.input, c.settings)
        const plain = compiled(stripped(c), c.settings)
        const [decider, plainDecider] = [decide(world), decide(plain)]
        const itemsOf = (list: string) => c.input.tenant!.models[0]!.lists!.find((l) => l.id === list)!.items!.map((i) => i.id)
        const combos = c.dimensions.reduce<Record<string, string>[]>((acc, d) => acc.flatMap((x) => itemsOf(d).map((item) => ({ ...x, [d]: item }))), [{}])
        for (const who of subjects) {
          const answer = whatCan(world)(who, { kind: 'model', model })
          if (answer.kind !== 'model') throw new Error(answer.kind)
          expect(answer.slices.length).toBe(versions.length)
          for (const slice of answer.slices) {
            expect(slice.dimensions.map((d) => d.list)).toEqual(c.dimensions)
            for (const [act, sets, counts] of [
              [{ type: 'cell.read', channel: 'interactive' }, 'read', slice.read],
              [{ type: 'cell.write', channel: 'interactive' }, 'write', slice.write],
            ] as const) {
              let allowed = 0
              let undriven = 0
              for (const items of combos) {
                const cell = resource.cell({ model, module: id.module('mod'), lineItem: id.lineItem('li'), version: slice.version, items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, id.item(v)] as const)) })
                const reaches = sets === 'read' ? slice.level !== 'none' : slice.level === 'write'
                const inSets = reaches && slice.dimensions.every((d) => inItemSet(d[sets], id.item(items[d.list]!), ancestorsOf(c, d.list, items[d.list]!)))
                const withoutDrivers = plainDecider(who, act, cell).effect === 'allow'
                expect(inSets).toBe(withoutDrivers)
                if (withoutDrivers) undriven++
                if (decider(who, act, cell).effect === 'allow') allowed++
              }
              expect(counts.allowed).toBe(allowed)
              expect(counts.lowered).toBe(undriven - allowed)
              for (const d of slice.dimensions) expect(d[sets].count).toBe(itemsOf(d.list).filter((item) => inItemSet(d[sets], id.item(item), ancestorsOf(c, d.list, item))).length)
            }
          }
          expect(answer.open).toEqual(decider(who, { type: 'model.open' }, resource.model(model)))
          for (const a of answer.administration.filter((x) => !x.act.includes(':'))) expect(a.decision).toEqual(decider(who, { type: 'model.manage', setting: a.act as 'time' }, resource.model(model)))
        }
      }),
      { numRuns: 120 },
    )
  })

  it('C2 on the tenant, every targeted act lists exactly the targets decide allows; every act is decide\'s decision', () => {
    fc.assert(
      fc.property(reverseCase, (c) => {
        const world = compiled(c.input, c.settings)
        const decider = decide(world)
        const tenant = c.input.tenant!
        for (const who of [subject.internalAlias, ...tenant.users.map((u) => subject.user(id.user(u.id)))]) {
          const answer = whatCan(world)(who, { kind: 'tenant' })
          if (answer.kind !== 'tenant') throw new Error(answer.kind)
          for (const act of answer.acts) expect(act.decision).toEqual(decider(who, act.action, resource.tenant))
          const check = (acts: readonly { action: Action; targets: readonly string[] }[], all: readonly string[], at: (t: string) => Parameters<typeof decider>[2]) => {
            for (const act of acts) expect(act.targets).toEqual(all.filter((t) => decider(who, act.action, at(t)).effect === 'allow'))
          }
          check(answer.onUsers, tenant.users.map((u) => u.id), (t) => resource.user(id.user(t)))
          check(answer.onWorkspaces, (tenant.workspaces ?? []).map((w) => w.id), (t) => resource.workspace(id.workspace(t)))
          check(answer.onIntegrations, (tenant.integrations ?? []).map((i) => i.id), (t) => resource.integration(id.integration(t)))
        }
      }),
      { numRuns: 80 },
    )
  })

  it('C3 on the workplace and the account, every answer is decide\'s; freshLogin means denied now and allowed with a later session', () => {
    fc.assert(
      fc.property(reverseCase, fc.integer({ min: 0, max: 7 }), (c, issuedAt) => {
        const world = compiled(c.input, c.settings)
        const decider = decide(world)
        for (const u of c.input.workplace?.users ?? []) {
          const who = subject.user(id.user(u.id))
          const answer = whatCan(world)(who, { kind: 'workplace' })
          if (answer.kind !== 'workplace') throw new Error(answer.kind)
          for (const conn of answer.connections) {
            const at = resource.workplaceConnection(conn.connection)
            expect(conn.decision).toEqual(decider(who, { type: 'connection.view' }, at))
            expect(conn.role).toBe(conn.decision.level)
            const granting = conn.decision.effect === 'allow' ? conn.decision.reasons.filter((r) => ['connection_roles.workplace_role', 'connection_roles.direct_grant', 'connection_roles.group_grant'].includes(r.code)) : []
            expect(conn.from.map((f) => f.kind)).toEqual(granting.map((r) => new Map([['connection_roles.workplace_role', 'workplaceRole'], ['connection_roles.direct_grant', 'direct'], ['connection_roles.group_grant', 'group']]).get(r.code)))
            expect(conn.syncInto).toEqual((c.input.workplace?.projects ?? []).map((p) => id.project(p.id)).filter((project) => decider(who, { type: 'connection.createSync', project }, at).effect === 'allow'))
          }
        }
        for (const u of c.input.account?.users ?? []) {
          const who = subject.user(id.user(u.id), { issuedAt })
          const answer = whatCan(world)(who, { kind: 'account' })
          if (answer.kind !== 'account') throw new Error(answer.kind)
          for (const op of answer.operations) {
            const now = decider(who, { type: 'account.operate', operation: op.operation }, resource.account())
            const later = decider(subject.user(id.user(u.id), { issuedAt: 1e9 }), { type: 'account.operate', operation: op.operation }, resource.account())
            expect(op.decision).toEqual(now)
            expect(op.freshLogin).toBe(now.effect === 'deny' && later.effect === 'allow')
          }
        }
      }),
      { numRuns: 80 },
    )
  })
})
