// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, subject } from '../../src/index.js'
import { asEngineRequest, workplaceArb, workplaceRequestArb } from '../support/arbitraries/workplace.js'
import { referenceWorkplace } from '../reference/workplace.js'
import { compiled } from '../support/compiled.js'

const deep = process.env.ACCESSGRID_DEEP === '1'
const runs = deep ? 100_000 : 1_000
const timeout = deep ? 3_600_000 : 60_000

describe('differential: connection roles', () => {
  it('decide agrees with the naive reference on generated workplaces (effect and level)', () => {
    fc.assert(
      fc.property(workplaceArb, fc.array(workplaceRequestArb, { minLength: 1, maxLength: 8 }), (input, requests) => {
        const decider = decide(compiled({ workplace: input }))
        for (const r of requests) {
          const { action, resource: on } = asEngineRequest(r)
          const got = decider(subject.user(id.user(r.user)), action, on)
          expect({ effect: got.effect, level: got.level }).toEqual(referenceWorkplace(input, r))
        }
      }),
      { numRuns: runs },
    )
  }, timeout)
})
