// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { connectionIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { viewOf, withMembers } from '../support/workplace-props.js'

describe('connection roles', () => {
  it('I37 without Team or Enterprise, connection grants have no effect and workplace-derived access stays', () => {
    fc.assert(
      fc.property(workplaceArb.filter((w) => w.plan === 'developer'), fc.constantFrom(...userIds), fc.constantFrom(...connectionIds), (w, user, c) => {
        const withGrants = viewOf(w, user, c)
        const without = viewOf(withMembers(w, c, () => []), user, c)
        expect({ effect: withGrants.effect, level: withGrants.level, reasons: withGrants.reasons }).toEqual({
          effect: without.effect,
          level: without.level,
          reasons: without.reasons,
        })
        if (user === 'boss') expect(withGrants.level).toBe('admin')
      }),
      { numRuns: 200 },
    )
  })
})
