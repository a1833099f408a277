// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, lint, resource, subject, type Finding, type ModelInput, type TenantInput, type World } from '../../src/index.js'
import { userIds } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'
import { impactTenantArb } from '../support/impact-world.js'

const access = fc.constantFrom('none' as const, 'read' as const, 'write' as const)

/** The impact tenants with a role that may grant nothing, a private action, and a line item whose read driver may be FALSE everywhere. */
const trapsArb: fc.Arbitrary<TenantInput> = fc
  .record({
    tenant: impactTenantArb,
    idle: fc.record({ spend: fc.constantFrom('none' as const, 'none' as const, 'read' as const), actions: fc.boolean() }),
    holders: fc.subarray([...userIds]),
    creator: fc.constantFrom(...userIds),
    hidden: fc.subarray(['uk', 'fr', 'jp']),
    version: access,
  })
  .map(({ tenant, idle, holders, creator, hidden }) => ({
    ...tenant,
    models: tenant.models.map((model): ModelInput => ({
      ...model,
      assignments: [...(model.assignments ?? []).filter((a) => !holders.includes(a.user as never)), ...holders.map((user) => ({ user, role: 'idle' }))],
      modules: (model.modules ?? []).map((m) => (m.id === 'spend' ? { ...m, lineItems: [...(m.lineItems ?? []), { id: 'secret', readDriver: 'seen' }] } : m)),
      drivers: [...(model.drivers ?? []), { id: 'seen', dimensions: ['countries'], values: hidden.map((c) => ({ items: { countries: c }, value: true })) }],
      roles: [...(model.roles ?? []).map((r) => ({ ...r, actions: [...(r.actions ?? []), 'proc'] })), { id: 'idle', modules: { spend: idle.spend }, versions: { actual: 'write', budget: 'write' }, ...(idle.actions ? { actions: ['mine'] } : {}) }],
      actions: [
        ...(model.actions ?? []),
        { id: 'mine', kind: 'export', visibility: 'private', createdBy: creator, source: { module: 'spend' }, target: { file: true } },
        { id: 'proc', kind: 'process', steps: ['e', 'mine'] },
      ],
    })),
  }))

const cellsOf = (model: ModelInput, module: string, lineItem: string) => {
  const dims = model.modules?.find((m) => m.id === module)?.lists ?? []
  const itemsOf = (list: string) => (model.lists ?? []).find((l) => l.id === list)?.items?.map((i) => i.id) ?? []
  const combos = dims.reduce<Record<string, string>[]>((acc, list) => acc.flatMap((c) => itemsOf(list).map((item) => ({ ...c, [list]: item }))), [{}])
  return (model.versions ?? []).flatMap((v) =>
    combos.map((items) => resource.cell({ model: id.model(model.id), module: id.module(module), lineItem: id.lineItem(lineItem), version: id.version(v.id), items: items as never })),
  )
}

const read = { type: 'cell.read', channel: 'interactive' } as const

/** Everything a user may do with a model's data, as decide answers it. */
const dataAnswers = (world: World, model: ModelInput, user: string): readonly string[] => {
  const d = decide(world)
  const who = subject.user(id.user(user))
  return [
    ...(model.modules ?? []).flatMap((m) => (m.lineItems ?? []).flatMap((li) => cellsOf(model, m.id, li.id).map((cell) => d(who, read, cell).level))),
    ...(model.lists ?? []).flatMap((l) => (l.items ?? []).map((i) => d(who, { type: 'listItem.read' }, resource.listItem(id.model(model.id), id.list(l.id), id.item(i.id))).level)),
    ...(model.actions ?? []).map((a) => d(who, { type: 'modelAction.run' }, resource.modelAction(id.model(model.id), id.modelAction(a.id))).effect),
  ]
}

const of = <C extends Finding['code']>(findings: readonly Finding[], code: C): readonly Extract<Finding, { code: C }>[] =>
  findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code)

describe('lint findings about models and users agree with decide', () => {
  it('role.grants_nothing: every holder is denied every cell, list item and action of the model', () => {
    fc.assert(
      fc.property(trapsArb, (tenant) => {
        const world = compiled({ tenant })
        const d = decide(world)
        for (const f of of(lint(world), 'role.grants_nothing')) {
          const model = tenant.models.find((m) => m.id === f.model)!
          for (const a of (model.assignments ?? []).filter((x) => x.role === f.role)) {
            const who = subject.user(id.user(a.user))
            for (const m of model.modules ?? []) for (const li of m.lineItems ?? []) for (const cell of cellsOf(model, m.id, li.id)) expect(d(who, read, cell).effect).toBe('deny')
            for (const action of model.actions ?? []) expect(d(who, { type: 'modelAction.run' }, resource.modelAction(id.model(model.id), id.modelAction(action.id))).effect).toBe('deny')
          }
        }
      }),
      { numRuns: 100 },
    )
  })

  it('grant.never_applies: removing those grants changes no answer decide gives the user', () => {
    fc.assert(
      fc.property(trapsArb, (tenant) => {
        const world = compiled({ tenant })
        for (const f of of(lint(world), 'grant.never_applies')) {
          const model = tenant.models.find((m) => m.id === f.model)!
          const without = compiled({
            tenant: { ...tenant, models: tenant.models.map((m) => (m.id !== f.model ? m : { ...m, selectiveAccess: (m.selectiveAccess ?? []).filter((g) => !(g.user === f.user && g.list === f.list)) })) },
          })
          expect(dataAnswers(without, model, f.user)).toEqual(dataAnswers(world, model, f.user))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('lineItem.hidden_everywhere ⇔ decide denies every user every cell of the line item (here, where each country is reachable)', () => {
    fc.assert(
      fc.property(trapsArb, (tenant) => {
        const world = compiled({ tenant })
        const d = decide(world)
        const hidden = of(lint(world), 'lineItem.hidden_everywhere')
        for (const f of hidden) {
          const model = tenant.models.find((m) => m.id === f.model)!
          for (const user of userIds) for (const cell of cellsOf(model, f.module, f.lineItem)) expect(d(subject.user(id.user(user)), read, cell).effect).toBe('deny')
        }
        for (const model of tenant.models) {
          const flagged = hidden.some((f) => f.model === model.id && f.lineItem === 'secret')
          const driver = model.drivers?.find((x) => x.id === 'seen')
          expect(flagged).toBe((driver?.values ?? []).every((v) => !v.value))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('modelAction.creator_cannot_run ⇔ the creator may not run the private action even holding Full Access, and then nobody may', () => {
    fc.assert(
      fc.property(trapsArb, (tenant) => {
        const world = compiled({ tenant })
        const d = decide(world)
        const findings = of(lint(world), 'modelAction.creator_cannot_run')
        for (const model of tenant.models) {
          const flagged = findings.some((f) => f.model === model.id && f.action === 'mine')
          const creator = model.actions?.find((a) => a.id === 'mine')?.createdBy ?? ''
          const asFull = compiled({
            tenant: { ...tenant, models: tenant.models.map((m) => (m.id !== model.id ? m : { ...m, assignments: [...(m.assignments ?? []).filter((a) => a.user !== creator), { user: creator, role: 'fullAccess' }] })) },
          })
          const run = { type: 'modelAction.run' } as const
          const mine = resource.modelAction(id.model(model.id), id.modelAction('mine'))
          expect(flagged).toBe(decide(asFull)(subject.user(id.user(creator)), run, mine).effect === 'deny')
          if (flagged) expect(userIds.some((u) => d(subject.user(id.user(u)), run, mine).effect === 'allow')).toBe(false)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('process.step_unrunnable ⇔ some user decide lets run the process is denied the step, and runners counts them', () => {
    fc.assert(
      fc.property(trapsArb, (tenant) => {
        const world = compiled({ tenant })
        const d = decide(world)
        const findings = of(lint(world), 'process.step_unrunnable')
        const run = (user: string, model: string, action: string) => d(subject.user(id.user(user)), { type: 'modelAction.run' }, resource.modelAction(id.model(model), id.modelAction(action))).effect === 'allow'
        for (const model of tenant.models)
          for (const step of ['e', 'mine']) {
            const denied = userIds.filter((u) => run(u, model.id, 'proc') && !run(u, model.id, step)).length
            const found = findings.find((f) => f.model === model.id && f.process === 'proc' && f.step === step)
            expect(found?.runners ?? 0).toBe(denied)
          }
      }),
      { numRuns: 100 },
    )
  })
})
