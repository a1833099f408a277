// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { cellLookups, lookupCell } from '../../src/snapshot/tenant/cell-lookup.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { cellRun } from '../support/arbitraries/cell-runs.js'
import { compiled } from '../support/compiled.js'

const worldAndCells = planningWorld.chain((world) => fc.tuple(fc.constant(world), cellRun(world, 40)))

it('I2 a decider’s cell lookups, keeping the last model, module and line item, answer each cell as lookupCell does', () => {
  fc.assert(
    fc.property(worldAndCells, ([world, cells]) => {
      const tenant = snapshotOf(compiled(world.input, world.settings)).tenant
      const look = cellLookups(tenant)
      for (const cell of cells) expect(look(cell)).toStrictEqual(lookupCell(tenant, cell))
    }),
    { numRuns: 200 },
  )
})
