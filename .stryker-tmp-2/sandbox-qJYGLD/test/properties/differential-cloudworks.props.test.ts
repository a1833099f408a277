// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../../src/index.js'
import { cloudworksRequestArb, cloudworksTenantArb, subjectArb } from '../support/arbitraries/cloudworks.js'
import { referenceDecide } from '../reference/integrations.js'
import { compiled } from '../support/compiled.js'

const runs = process.env['ACCESSGRID_DEEP'] === '1' ? 100_000 : 1_000

describe('differential: cloudworks.* against the naive reference', () => {
  it('decide agrees with the reference on effect, reason codes and actor', () => {
    fc.assert(
      fc.property(cloudworksTenantArb, fc.array(fc.tuple(subjectArb, cloudworksRequestArb), { minLength: 1, maxLength: 8 }), (tenant, requests) => {
        const decider = decide(compiled({ tenant }))
        for (const [who, { action, resource }] of requests) {
          const got = decider(who, action, resource)
          const want = referenceDecide(tenant, who, action, resource)
          expect({ effect: got.effect, reasons: got.reasons.map((r) => r.code).sort(), actor: got.actor }).toEqual({
            effect: want.effect,
            reasons: [...want.reasons].sort(),
            actor: want.actor,
          })
        }
      }),
      { numRuns: runs },
    )
  }, 600_000)
})
