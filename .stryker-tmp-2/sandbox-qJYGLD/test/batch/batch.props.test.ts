// @ts-nocheck
import fc from 'fast-check'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { compile, decide, decideCells, id, lattice, resource, subject, type BatchCellAction, type Subject, type World } from '../../src/index.js'
import { batchCase, users, versions, type BatchCase } from './worlds.js'

const actions: readonly BatchCellAction[] = [
  { type: 'cell.read', channel: 'interactive' },
  { type: 'cell.read', channel: 'export' },
  { type: 'cell.read', channel: 'importSource' },
  { type: 'cell.write', channel: 'interactive' },
]
const subjects: readonly Subject[] = [...users.map((u) => subject.user(id.user(u))), subject.internalAlias, subject.scheduler, subject.user(id.user('stranger'))]

const compiled = (c: BatchCase): World => {
  const result = compile(c.input, c.settings)
  if (!isRight(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}

/** Every cell of the grid, by its indexes. */
const cells = (sizes: readonly number[]): number[][] =>
  sizes.reduce<number[][]>((acc, size) => acc.flatMap((prefix) => Array.from({ length: size }, (_, i) => [...prefix, i])), [[]])

/** Runs `check` for every subject, action and version of a generated world. */
const everyRequest = (c: BatchCase, check: (world: World, who: Subject, action: BatchCellAction, version: string) => void): void => {
  const world = compiled(c)
  for (const who of subjects) for (const action of actions) for (const version of versions) check(world, who, action, version)
}

const slice = (version: string) => ({ model: id.model('m'), module: id.module('mod'), lineItem: id.lineItem('li'), version: id.version(version) })

describe('decideCells', () => {
  it('B1 decideCells agrees with decide on every cell (effect and level)', () => {
    fc.assert(
      fc.property(batchCase, (c) =>
        everyRequest(c, (world, who, action, version) => {
          const grid = decideCells(world)(who, action, slice(version))
          for (const indexes of cells(grid.items.map((list) => list.length))) {
            const items = Object.fromEntries(grid.dimensions.map((list, d) => [list, grid.items[d]![indexes[d]!]!]))
            const single = decide(world)(who, action, resource.cell({ ...slice(version), items }))
            expect(grid.allows(indexes)).toBe(single.effect === 'allow')
            expect(lattice.access.levels[grid.level(indexes)]).toBe(single.level)
          }
        }),
      ),
      { numRuns: 100 },
    )
  })

  it('B2 count() equals the number of cells decide allows', () => {
    fc.assert(
      fc.property(batchCase, (c) =>
        everyRequest(c, (world, who, action, version) => {
          const grid = decideCells(world)(who, action, slice(version))
          const allowed = cells(grid.items.map((list) => list.length)).filter((indexes) => {
            const items = Object.fromEntries(grid.dimensions.map((list, d) => [list, grid.items[d]![indexes[d]!]!]))
            return decide(world)(who, action, resource.cell({ ...slice(version), items })).effect === 'allow'
          }).length
          expect(grid.count()).toBe(allowed)
        }),
      ),
      { numRuns: 100 },
    )
  })
})

describe('decideCells without drivers', () => {
  it('B3 undriven() equals the cells decide allows once the line item has no access drivers; selective levels bound those cells', () => {
    fc.assert(
      fc.property(batchCase, (c) => {
        const world = compiled(c)
        const model = c.input.tenant?.models?.[0]
        const stripped: BatchCase = {
          ...c,
          input: { ...c.input, tenant: { ...c.input.tenant!, models: [{ ...model!, modules: model!.modules!.map((m) => ({ ...m, lineItems: (m.lineItems ?? []).map((li) => ({ id: li.id })) })) }] } },
        }
        const plain = compiled(stripped)
        for (const who of subjects)
          for (const action of actions)
            for (const version of versions) {
              const grid = decideCells(world)(who, action, slice(version))
              const all = cells(grid.items.map((list) => list.length))
              const allowed = all.filter((indexes) => {
                const items = Object.fromEntries(grid.dimensions.map((list, d) => [list, grid.items[d]![indexes[d]!]!]))
                return decide(plain)(who, action, resource.cell({ ...slice(version), items })).effect === 'allow'
              })
              expect(grid.undriven()).toBe(allowed.length)
              const requires = action.type === 'cell.read' ? 1 : 2
              for (const indexes of allowed) grid.selective.forEach((levels, d) => expect(levels === undefined || levels[indexes[d]!]! >= requires).toBe(true))
            }
      }),
      { numRuns: 100 },
    )
  })
})
