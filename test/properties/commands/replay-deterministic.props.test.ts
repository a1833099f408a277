import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encode, explainReplay, replay } from '../../../src/index.js'
import { commandArb, tenantWithListsArb } from '../../support/commands.js'
import { compileTenant } from '../../support/commands.js'

describe('replay is deterministic', () => {
  it('replay is deterministic: the same world and log, in any arrival order, give the same world, outcomes and audit text', () => {
    fc.assert(
      fc.property(
        tenantWithListsArb,
        fc.array(commandArb, { minLength: 5, maxLength: 20 }).chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length }))),
        (tenant, [log, shuffled]) => {
          const first = replay(compileTenant(tenant), log)
          const again = replay(compileTenant(tenant), shuffled)
          expect(encode(again.world)).toEqual(encode(first.world))
          expect(again.outcomes).toEqual(first.outcomes)
          expect(explainReplay(again.outcomes)).toBe(explainReplay(first.outcomes))
        },
      ),
      { numRuns: 150 },
    )
  })
})
