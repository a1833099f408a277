// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { actorsOf, cellActions, cellsOf, deciderOf, isAdmin, modelOf, runs, withModel } from '../support/planning-props.js'

it('I13 freshly enabled SA is closed: every non-WSA actor has None on its items and on the cells they dimension', () => {
  fc.assert(
    fc.property(planningWorld, fc.nat(), (generated, pick) => {
      const model = modelOf(generated)
      const lists = model.lists ?? []
      const hasSADescendant = (id: string): boolean => lists.some((l) => l.parent === id && (l.selectiveAccess === true || hasSADescendant(l.id)))
      const effective = (id: string): boolean => lists.some((l) => l.id === id && l.selectiveAccess === true) || hasSADescendant(id)
      const closedChain = (id: string | undefined): boolean => {
        const list = lists.find((l) => l.id === id)
        return list === undefined || (!effective(list.id) && closedChain(list.parent))
      }
      const fresh = lists.filter((l) => closedChain(l.id))
      const target = fresh[pick % Math.max(1, fresh.length)]
      if (target === undefined) return
      const world = withModel(generated, { ...model, lists: lists.map((l) => (l.id === target.id ? { ...l, selectiveAccess: true } : l)) })
      const decider = deciderOf(world.input, world.settings)
      const m = id.model(model.id)
      for (const actor of actorsOf(world)) {
        if (actor.kind === 'user' && world.settings.workspaceAdminsBypassSelectiveAccess && isAdmin(world, actor.id)) continue
        for (const item of target.items ?? [])
          expect(decider(actor, { type: 'listItem.read' }, resource.listItem(m, id.list(target.id), id.item(item.id))).level).toBe('none')
        for (const cell of cellsOf(model).filter((c) => Object.hasOwn(c.items, target.id)).slice(0, 24))
          for (const action of cellActions.filter((a) => actor.kind === 'user' || a.type === 'cell.read' || a.channel === 'interactive'))
            expect(decider(actor, action, cell).level).toBe('none')
      }
    }),
    runs,
  )
})
