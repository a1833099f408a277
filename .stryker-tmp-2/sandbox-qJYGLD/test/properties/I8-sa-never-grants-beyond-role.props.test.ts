// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import type { Access } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { actorsOf, cellActions, cellsOf, deciderOf, modelOf, rankOf, runs } from '../support/planning-props.js'

const rank = (access: Access | undefined): number => (access === 'write' ? 2 : access === 'read' ? 1 : 0)

it('I8 SA never grants beyond the role: a cell level is at most the role’s module and version permissions', () => {
  fc.assert(
    fc.property(planningWorld, (world) => {
      const decider = deciderOf(world.input, world.settings)
      const model = modelOf(world)
      for (const actor of actorsOf(world)) {
        const assignment = actor.kind === 'user' ? (model.assignments ?? []).find((a) => a.user === actor.id) : undefined
        const role = (model.roles ?? []).find((r) => r.id === assignment?.role)
        for (const cell of cellsOf(model).slice(0, 24)) {
          const bound =
            actor.kind !== 'user'
              ? model.internalAlias === undefined ? 0 : 2
              : assignment?.role === 'fullAccess' ? 2
              : role === undefined ? 0
              : Math.min(rank(role.modules?.[cell.module]), rank(role.versions?.[cell.version]))
          for (const action of cellActions) expect(rankOf(decider(actor, action, cell).level)).toBeLessThanOrEqual(bound)
        }
      }
    }),
    runs,
  )
})
