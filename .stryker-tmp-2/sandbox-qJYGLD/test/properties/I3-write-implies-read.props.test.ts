// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { actorsOf, cellsOf, deciderOf, modelOf, rankOf, runs } from '../support/planning-props.js'

it('I3 write implies read, and an allowed level is never below what the action requires', () => {
  fc.assert(
    fc.property(planningWorld, (world) => {
      const decider = deciderOf(world.input, world.settings)
      const model = modelOf(world)
      const items = (model.lists ?? []).flatMap((l) => (l.items ?? []).map((i) => resource.listItem(id.model(model.id), id.list(l.id), id.item(i.id))))
      for (const actor of actorsOf(world)) {
        for (const cell of cellsOf(model).slice(0, 24)) {
          const write = decider(actor, { type: 'cell.write', channel: 'interactive' }, cell)
          const read = decider(actor, { type: 'cell.read', channel: 'interactive' }, cell)
          if (write.effect === 'allow') expect(read.effect).toBe('allow')
          if (write.effect === 'allow') expect(rankOf(write.level)).toBe(2)
          if (read.effect === 'allow') expect(rankOf(read.level)).toBeGreaterThanOrEqual(1)
        }
        for (const item of items) {
          const write = decider(actor, { type: 'listItem.write' }, item)
          const read = decider(actor, { type: 'listItem.read' }, item)
          if (write.effect === 'allow') expect(read.effect).toBe('allow')
          if (read.effect === 'allow') expect(rankOf(read.level)).toBeGreaterThanOrEqual(1)
        }
      }
    }),
    runs,
  )
})
