// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource, subject, type ModelInput } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { deciderOf, isAdmin, modelOf, runs, withModel } from '../support/planning-props.js'

const ancestors = (model: ModelInput, list: string): string[] => {
  const parent = (model.lists ?? []).find((l) => l.id === list)?.parent
  return parent === undefined ? [] : [parent, ...ancestors(model, parent)]
}

it('I12 enabling SA on a list enables it on every ancestor list', () => {
  fc.assert(
    fc.property(planningWorld, fc.nat(), (generated, pick) => {
      const model = modelOf(generated)
      const lists = model.lists ?? []
      const target = lists[pick % Math.max(1, lists.length)]
      if (target === undefined) return
      const users = (model.assignments ?? []).filter((a) => a.role !== 'noAccess' && !(generated.settings.workspaceAdminsBypassSelectiveAccess && isAdmin(generated, a.user))).map((a) => a.user)
      const world = withModel(generated, {
        ...model,
        lists: lists.map((l) => (l.id === target.id ? { ...l, selectiveAccess: true } : l)),
        selectiveAccess: (model.selectiveAccess ?? []).filter((g) => !users.includes(g.user)),
      })
      const decider = deciderOf(world.input, world.settings)
      for (const user of users)
        for (const ancestor of ancestors(model, target.id))
          for (const item of lists.find((l) => l.id === ancestor)?.items ?? [])
            expect(decider(subject.user(id.user(user)), { type: 'listItem.read' }, resource.listItem(id.model(model.id), id.list(ancestor), id.item(item.id))).reasons.map((r) => r.code)).toContain(
              'selective_access.item_not_granted',
            )
    }),
    runs,
  )
})
