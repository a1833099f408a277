import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { everything, impact, impactOf } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { disagreements, impactCommandArb, impactTenantArb, said } from '../support/impact-world.js'

describe('impact is exact (decide before and after, request by request)', () => {
  it('the impact of a command names every change decide sees over what it covers, and nothing else', () => {
    fc.assert(
      fc.property(impactTenantArb, impactCommandArb, (tenant, command) => {
        const before = compiled({ tenant })
        const result = impactOf(before, command)
        if (result.tag === 'rejected') return
        expect(disagreements(before, result.world, result.impact, tenant)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('the scoped impact of a command says exactly what the brute force over everything says', () => {
    fc.assert(
      fc.property(impactTenantArb, impactCommandArb, (tenant, command) => {
        const before = compiled({ tenant })
        const result = impactOf(before, command)
        if (result.tag === 'rejected') return
        expect(said(result.impact)).toEqual(said(impact(before, result.world, { scope: everything })))
        expect(said(impact(before, result.world))).toEqual(said(result.impact))
      }),
      { numRuns: 300 },
    )
  })
})
