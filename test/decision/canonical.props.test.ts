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

  it('orders by code, then by the first parameter, in name order, whose values differ', () => {
    // The definition, spelled out: every name of both reasons, sorted; the first that differs decides.
    const reference = (a: Reason, b: Reason): number => {
      if (a.code !== b.code) return a.code < b.code ? -1 : 1
      const pa: Record<string, unknown> = a
      const pb: Record<string, unknown> = b
      const differs = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().find((key) => pa[key] !== pb[key])
      return differs === undefined ? 0 : String(pa[differs]) < String(pb[differs]) ? -1 : 1
    }
    fc.assert(
      fc.property(fc.array(reasonArb, { maxLength: 8 }), (reasons) => {
        const distinct = reasons.filter((r, i) => reasons.findIndex((other) => reference(other, r) === 0) === i)
        expect(canonicalReasons([...reasons]).map(identity)).toEqual([...distinct].sort(reference).map(identity))
      }),
      { numRuns: 300 },
    )
  })

  it('a parameter outside the catalogue still tells two reasons apart', () => {
    const plain = reason('request.unknown_id', { kind: 'user', id: 'ana' })
    const extra = { ...plain, note: 'from a custom rule' } as Reason
    const settled = canonicalReasons([extra, plain]).map(identity)
    expect(settled).toHaveLength(2)
    expect(canonicalReasons([plain, extra]).map(identity)).toEqual(settled)
  })
})
