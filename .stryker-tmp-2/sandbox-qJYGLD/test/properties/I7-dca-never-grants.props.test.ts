// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { planningWorld } from '../support/arbitraries/planning.js'
import { actorsOf, cellActions, cellsOf, deciderOf, modelOf, rankOf, runs, withModel } from '../support/planning-props.js'

it('I7 DCA never grants: removing every access driver never lowers a cell level', () => {
  fc.assert(
    fc.property(planningWorld, (world) => {
      const model = modelOf(world)
      const bare = withModel(world, {
        ...model,
        modules: (model.modules ?? []).map((m) => ({ ...m, lineItems: (m.lineItems ?? []).map((li) => ({ id: li.id })) })),
      })
      const withDca = deciderOf(world.input, world.settings)
      const withoutDca = deciderOf(bare.input, bare.settings)
      for (const actor of actorsOf(world))
        for (const cell of cellsOf(model).slice(0, 24))
          for (const action of cellActions)
            expect(rankOf(withDca(actor, action, cell).level)).toBeLessThanOrEqual(rankOf(withoutDca(actor, action, cell).level))
    }),
    runs,
  )
})
