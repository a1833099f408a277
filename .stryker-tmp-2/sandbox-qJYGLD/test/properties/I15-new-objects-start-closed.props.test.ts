// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource, subject } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { cellActions, cellsOf, deciderOf, modelOf, runs, withModel } from '../support/planning-props.js'

it('I15 new objects start closed: a new role has nothing, and a new module or action gives custom roles nothing', () => {
  fc.assert(
    fc.property(planningWorld, fc.nat(), (generated, pick) => {
      const model = modelOf(generated)
      const users = (generated.input.tenant?.users ?? []).map((u) => u.id)
      const newcomer = users[pick % users.length] ?? 'U0'
      const world = withModel(generated, {
        ...model,
        roles: [...(model.roles ?? []), { id: 'Rnew' }],
        assignments: [...(model.assignments ?? []).filter((a) => a.user !== newcomer), { user: newcomer, role: 'Rnew' }],
        modules: [...(model.modules ?? []), { id: 'Mnew', lineItems: [{ id: 'x' }] }],
        actions: [...(model.actions ?? []), { id: 'Anew', kind: 'export', source: { file: true }, target: { file: true } }],
      })
      const after = modelOf(world)
      const decider = deciderOf(world.input, world.settings)
      const m = id.model(model.id)
      const custom = new Set((after.roles ?? []).map((r) => r.id))
      for (const assignment of (after.assignments ?? []).filter((a) => custom.has(a.role))) {
        const who = subject.user(id.user(assignment.user))
        const fresh = assignment.role === 'Rnew'
        for (const cell of cellsOf(after).filter((c) => fresh || c.module === 'Mnew').slice(0, 24))
          for (const action of cellActions) expect(decider(who, action, cell).level).toBe('none')
        expect(decider(who, { type: 'modelAction.run' }, resource.modelAction(m, id.modelAction('Anew'))).effect).toBe('deny')
        if (!fresh) continue
        for (const list of after.lists ?? []) expect(decider(who, { type: 'list.editStructure' }, resource.list(m, id.list(list.id))).effect).toBe('deny')
        for (const action of (after.actions ?? []).filter((a) => a.kind === 'import' || a.kind === 'export' || a.kind === 'process'))
          expect(decider(who, { type: 'modelAction.run' }, resource.modelAction(m, id.modelAction(action.id))).effect).toBe('deny')
      }
    }),
    runs,
  )
})
