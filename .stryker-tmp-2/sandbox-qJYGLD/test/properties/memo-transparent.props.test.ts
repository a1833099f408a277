// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, decideWith, defaultMemoBudget, defaultPolicy, id, subject, type CellResource, type ReadCell, type Subject, type WriteCell } from '../../src/index.js'
import { planningWorld, type PlanningWorld } from '../support/arbitraries/planning.js'
import { cellRun } from '../support/arbitraries/cell-runs.js'
import { withOneListDrivers } from '../support/arbitraries/one-list-drivers.js'
import { asEngineRequest, workplaceArb, workplaceRequestArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'
import { cellActions } from '../support/planning-props.js'

interface CellRequest {
  readonly subject: Subject
  readonly action: ReadCell | WriteCell
  readonly resource: CellResource
}

/** Who asks: each user of the world, the alias and an unknown user, the same few again and again. */
const askers = (world: PlanningWorld): readonly Subject[] => [
  subject.internalAlias,
  subject.user(id.user('ghost')),
  ...(world.input.tenant?.users ?? []).map((u) => subject.user(id.user(u.id))),
]

/** A run of cell reads and writes over a world, each cell asked by one of a few subjects. */
const requests = (world: PlanningWorld, count: number): fc.Arbitrary<readonly CellRequest[]> =>
  fc.tuple(
    cellRun(world, count),
    fc.array(fc.constantFrom(...askers(world)), { minLength: count, maxLength: count }),
    fc.array(fc.constantFrom(...cellActions), { minLength: count, maxLength: count }),
  ).map(([cells, who, actions]) =>
    cells.map((resource, n) => ({ subject: who[n] ?? subject.internalAlias, action: actions[n] ?? { type: 'cell.read', channel: 'interactive' }, resource })),
  )

/** Planning worlds, half of them with two drivers over one list, so that several drivers fill tables of a list. */
const worlds = fc.oneof(planningWorld, planningWorld.chain(withOneListDrivers))

const worldAndRequests = worlds.chain((world) => fc.tuple(fc.constant(world), requests(world, 40)))

describe('I2 a long-lived decider, remembering what it derived, decides each request as a fresh one does', () => {
  it.each([
    ['the default budget', defaultMemoBudget],
    ['a budget of 0', 0],
    ['a budget of 256 bytes', 256],
  ])('I2 purity: with %s, every decision over a run of cell requests equals a fresh decider’s', (_name, memoBudget) => {
    fc.assert(
      fc.property(worldAndRequests, ([world, run]) => {
        const compiledWorld = compiled(world.input, world.settings)
        const longLived = decideWith(defaultPolicy, { memoBudget })(compiledWorld)
        for (const q of run) expect(longLived(q.subject, q.action, q.resource)).toStrictEqual(decide(compiledWorld)(q.subject, q.action, q.resource))
      }),
      { numRuns: 100 },
    )
  })
})

describe('I2 a long-lived decider decides connection requests as a fresh one does', () => {
  it('I2 purity: every decision over a run of connection and project requests equals a fresh decider’s', () => {
    fc.assert(
      fc.property(workplaceArb, fc.array(workplaceRequestArb, { minLength: 1, maxLength: 30 }), (input, run) => {
        const world = compiled({ workplace: input })
        const longLived = decide(world)
        for (const r of run) {
          const { action, resource } = asEngineRequest(r)
          const who = subject.user(id.user(r.user))
          expect(longLived(who, action, resource)).toStrictEqual(decide(world)(who, action, resource))
        }
      }),
      { numRuns: 200 },
    )
  })
})
