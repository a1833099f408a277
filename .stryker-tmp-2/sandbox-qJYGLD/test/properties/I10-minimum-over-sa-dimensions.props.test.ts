// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { compile, decideWith, id, modules, policy, resource, subject } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { cellActions, cellsOf, isAdmin, modelOf, rankOf, runs } from '../support/planning-props.js'

const dataLayers = decideWith(policy([modules.modelRoles, modules.selectiveAccess, modules.dynamicCellAccess]))
const withoutSelectiveAccess = decideWith(policy([modules.modelRoles, modules.dynamicCellAccess]))

it('I10 a cell level is the minimum of the other layers and of each SA dimension’s level', () => {
  fc.assert(
    fc.property(planningWorld, (world) => {
      const model = modelOf(world)
      const compiled = compile(world.input, world.settings)
      if (compiled._tag === 'Left') throw new Error('generated world does not compile')
      const full = dataLayers(compiled.right)
      const others = withoutSelectiveAccess(compiled.right)
      const m = id.model(model.id)
      for (const assignment of model.assignments ?? []) {
        if (assignment.role === 'noAccess' || (world.settings.workspaceAdminsBypassSelectiveAccess && isAdmin(world, assignment.user))) continue
        const who = subject.user(id.user(assignment.user))
        for (const cell of cellsOf(model).slice(0, 24)) {
          const saLevels = Object.entries(cell.items).map(([list, item]) => rankOf(full(who, { type: 'listItem.read' }, resource.listItem(m, id.list(list), item)).level))
          for (const action of cellActions.filter((a) => a.channel === 'interactive' || a.type === 'cell.read')) {
            const expected = Math.min(rankOf(others(who, action, cell).level), ...saLevels)
            expect(rankOf(full(who, action, cell).level)).toBe(expected)
          }
        }
      }
    }),
    runs,
  )
})
