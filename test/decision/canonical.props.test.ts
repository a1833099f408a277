import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalReasons } from '../../src/decision/canonical.js'
import { reason, type Reason } from '../../src/index.js'

/** Reasons from a small pool, so that codes and parameters repeat: the cases the canonical order must settle. */
const reasonArb: fc.Arbitrary<Reason> = fc.oneof(
  fc.record({ list: fc.constantFrom('region', 'product'), item: fc.constantFrom('emea', 'uk', 'p1') }).map((p) => reason('selective_access.item_not_granted', p)),
  fc.record({ list: fc.constantFrom('region', 'product'), item: fc.constantFrom('emea', 'uk') }).map((p) => reason('selective_access.item_read_only', p)),
  fc.constantFrom('cell.read', 'cell.write').map((action) => reason('default.no_grant', { action })),
  fc.record({ kind: fc.constantFrom('user', 'model'), id: fc.constantFrom('ana', 'x') }).map((p) => reason('request.unknown_id', p)),
)

/** A reason's identity: its code and parameters, whatever the order of its keys. */
const identity = (r: Reason): string => JSON.stringify(r, Object.keys(r).sort())

describe('canonicalReasons', () => {
  it('I4 canonical reasons do not depend on the order they arrive in', () => {
    fc.assert(
      fc.property(fc.array(reasonArb, { maxLength: 8 }).chain((reasons) => fc.tuple(fc.constant(reasons), fc.shuffledSubarray(reasons, { minLength: reasons.length }))), ([reasons, shuffled]) => {
        expect(canonicalReasons(shuffled).map(identity)).toEqual(canonicalReasons(reasons).map(identity))
      }),
      { numRuns: 300 },
    )
  })

  it('I5 canonical reasons hold each distinct reason exactly once', () => {
    fc.assert(
      fc.property(fc.array(reasonArb, { maxLength: 8 }), (reasons) => {
        const result = canonicalReasons([...reasons, ...reasons]).map(identity)
        expect(new Set(result).size).toBe(result.length)
        expect([...new Set(result)].sort()).toEqual([...new Set(reasons.map(identity))].sort())
      }),
      { numRuns: 300 },
    )
  })
})
