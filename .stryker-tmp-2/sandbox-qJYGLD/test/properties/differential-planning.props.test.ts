// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, decide } from '../../src/index.js'
import { referenceDecide } from '../reference/planning.js'
import { planningRequests, planningWorld } from '../support/arbitraries/planning.js'

const deep = process.env['ACCESSGRID_DEEP'] === '1'
/** The tenant layers (membership gate, disabled accounts) are part of the default policy. */
const membershipGate = true

const worldWithRequests = planningWorld.chain((world) => fc.tuple(fc.constant(world), planningRequests(world, 8)))

describe('differential: compiled engine ≡ naive reference (planning data)', () => {
  it(
    'decide agrees with the reference on effect, level, reason codes and warning codes',
    () => {
      fc.assert(
        fc.property(worldWithRequests, ([world, requests]) => {
          const compiled = compile(world.input, world.settings)
          if (compiled._tag === 'Left') throw new Error(`generated world does not compile: ${JSON.stringify(compiled.left)}`)
          const engine = decide(compiled.right)
          const reference = referenceDecide(world.input, world.settings, { membershipGate })
          for (const { subject, action, resource } of requests) {
            const got = engine(subject, action, resource)
            expect({
              request: { subject, action, resource },
              effect: got.effect,
              level: got.level,
              reasons: [...new Set(got.reasons.map((r) => r.code))].sort(),
              warnings: [...new Set(got.warnings.map((r) => r.code))].sort(),
            }).toEqual({ request: { subject, action, resource }, ...reference(subject, action, resource) })
          }
        }),
        { numRuns: deep ? 100_000 : 1_000 },
      )
    },
    deep ? 3_600_000 : 30_000,
  )
})
