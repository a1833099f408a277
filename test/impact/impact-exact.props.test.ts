import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { everything, impact, impactOf, type Impact } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { disagreements, impactCommandArb, impactTenantArb, said } from '../support/impact-world.js'

/** What an impact says beyond its cell and ceiling changes. */
const saidBesideCells = (result: Impact): readonly string[] =>
  said({ ...result, models: result.models.filter((c) => c.kind !== 'cells' && c.kind !== 'ceiling') })

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

  it('the scoped impact of a command says what the brute force over everything says', () => {
    fc.assert(
      fc.property(impactTenantArb, impactCommandArb, (tenant, command) => {
        const before = compiled({ tenant })
        const result = impactOf(before, command)
        if (result.tag === 'rejected') return
        // The cells of a slice may be stated as a ceiling by the scoped impact and cell by cell by the
        // brute force (a role change a user's items leave visible): both are checked against decide,
        // and everything else they say must be the same, word for word.
        // So may the impact between the two worlds (`scopeBetween`): a membership command that also
        // assigns a role is a role change to the command's scope and a changed assignment to theirs.
        const brute = impact(before, result.world, { scope: everything })
        const between = impact(before, result.world)
        for (const other of [brute, between]) {
          expect(disagreements(before, result.world, other, tenant)).toEqual([])
          expect(saidBesideCells(result.impact)).toEqual(saidBesideCells(other))
        }
      }),
      { numRuns: 300 },
    )
  })
})
