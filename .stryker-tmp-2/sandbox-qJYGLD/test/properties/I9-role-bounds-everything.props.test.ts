// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource, subject } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { cellActions, cellsOf, deciderOf, modelOf, runs, withModel } from '../support/planning-props.js'

it('I9 the role bounds everything: No Access gives None on every cell and list item and denies every role-granted action', () => {
  fc.assert(
    fc.property(planningWorld, fc.nat(), (generated, pick) => {
      const users = (generated.input.tenant?.users ?? []).map((u) => u.id)
      const user = users[pick % users.length] ?? 'U0'
      const model = modelOf(generated)
      const world = withModel(generated, { ...model, assignments: [...(model.assignments ?? []).filter((a) => a.user !== user), { user, role: 'noAccess' }] })
      const decider = deciderOf(world.input, world.settings)
      const who = subject.user(id.user(user))
      const m = id.model(model.id)
      for (const cell of cellsOf(model).slice(0, 24)) for (const action of cellActions) expect(decider(who, action, cell).level).toBe('none')
      for (const list of model.lists ?? []) {
        expect(decider(who, { type: 'list.editStructure' }, resource.list(m, id.list(list.id))).effect).toBe('deny')
        for (const item of list.items ?? [])
          expect(decider(who, { type: 'listItem.read' }, resource.listItem(m, id.list(list.id), id.item(item.id))).level).toBe('none')
      }
      const admin = (world.input.tenant?.workspaces ?? []).some((ws) => (ws.members ?? []).some((mm) => mm.user === user && mm.admin === true))
      if (!admin) expect(decider(who, { type: 'model.open' }, resource.model(m)).effect).toBe('deny')
      for (const action of model.actions ?? [])
        if (action.kind !== 'orderList' && action.kind !== 'updateCurrentPeriod')
          expect(decider(who, { type: 'modelAction.run' }, resource.modelAction(m, id.modelAction(action.id))).effect).toBe('deny')
    }),
    runs,
  )
})
