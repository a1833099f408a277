import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalReasons } from '../../src/decision/canonical.js'
import { reasonParams } from '../../src/decision/reason-params.js'
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

/**
 * The order on parameter values, spelled out: equal values tie; strings and arrays of strings compare as
 * text, element by element and then by length; values of different types by the name of their type;
 * numbers and booleans by their text; anything else by its JSON.
 */
const referenceValues = (x: unknown, y: unknown): number => {
  if (JSON.stringify(x) === JSON.stringify(y) && typeof x === typeof y) return 0
  if (Array.isArray(x) && Array.isArray(y)) {
    const differs = x.findIndex((value, i) => i < y.length && referenceValues(value, y[i]) !== 0)
    return differs >= 0 ? referenceValues(x[differs], y[differs]) : Math.sign(x.length - y.length)
  }
  if (typeof x !== typeof y) return typeof x < typeof y ? -1 : 1
  // Here x and y are numbers or booleans (their text) or objects (their JSON).
  const [tx, ty] = typeof x === 'object' ? [JSON.stringify(x), JSON.stringify(y)] : [`${x as number | boolean}`, `${y as number | boolean}`]
  return tx === ty ? 0 : tx < ty ? -1 : 1
}

/** By code, then the first of the code's declared names whose values differ; when they all agree, the first of every name of both (sorted). */
const referenceReasons = (a: Reason, b: Reason): number => {
  if (a.code !== b.code) return a.code < b.code ? -1 : 1
  const pa: Record<string, unknown> = a
  const pb: Record<string, unknown> = b
  const declared: readonly string[] = reasonParams()[a.code]
  const everyName = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  const differs = [...declared, ...everyName].find((key) => referenceValues(pa[key], pb[key]) !== 0)
  return differs === undefined ? 0 : referenceValues(pa[differs], pb[differs])
}

/** A value a custom rule might put in a parameter outside the catalogue: of any flat JSON type. */
const noteArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('a', 'b'),
  fc.constantFrom(2, 10),
  fc.boolean(),
  fc.constantFrom(['a'], ['a', 'b'], ['b']),
  fc.constantFrom({ k: 1 }, { k: 2 }),
  fc.constant(undefined),
)

/** Reasons whose parameters are numbers and arrays, some with a parameter outside the catalogue. */
const typedReasonArb: fc.Arbitrary<Reason> = fc
  .tuple(
    fc.oneof(
      fc.record({ role: fc.constantFrom('user', 'flowAuthor'), grantedAt: fc.constantFrom(9, 10, 100) }).map((p) => reason('account_roles.session_predates_role', p)),
      fc
        .record({ step: fc.constantFrom(1, 2, 10), reasons: fc.constantFrom([], ['x'], ['x', 'y'], ['y']) })
        .map((p) => reason('integration_roles.step_denied', { integration: 'i', model: 'm', action: 'a', ...p })),
      fc.record({ roles: fc.constantFrom(['tenantAdmin'], ['tenantAdmin', 'viewAdmin'], ['viewAdmin']) }).map((p) => reason('tenant_roles.role_required', { action: 'x', ...p })),
    ),
    fc.option(noteArb, { nil: undefined, freq: 2 }),
  )
  .map(([r, note]) => {
    const withNote: Readonly<Record<string, unknown>> = { ...r, note }
    return note === undefined ? r : (withNote as Reason)
  })

describe('canonicalReasons over values of every type', () => {
  it('I4 I5 orders numbers, arrays and values outside the catalogue as the definition says, each reason once', () => {
    fc.assert(
      fc.property(fc.array(typedReasonArb, { maxLength: 8 }), (reasons) => {
        const distinct = reasons.filter((r, i) => reasons.findIndex((other) => referenceReasons(other, r) === 0) === i)
        const expected = [...distinct].sort(referenceReasons).map(identity)
        expect(canonicalReasons([...reasons]).map(identity)).toEqual(expected)
        expect(canonicalReasons([...reasons].reverse()).map(identity)).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('a shorter array comes before a longer one it begins', () => {
    const short = reason('tenant_roles.role_required', { action: 'x', roles: ['tenantAdmin'] })
    const long = reason('tenant_roles.role_required', { action: 'x', roles: ['tenantAdmin', 'viewAdmin'] })
    expect(canonicalReasons([long, short])).toEqual([short, long])
    expect(canonicalReasons([short, long])).toEqual([short, long])
  })
})

describe('canonicalReasons between parameters outside the catalogue', () => {
  const base = reason('request.unknown_id', { kind: 'user', id: 'ana' })
  const withExtra = (extra: Record<string, string>): Reason => ({ ...base, ...extra })

  it('the first differing name in name order decides, whatever the order of the keys', () => {
    // alpha decides ('a' < 'b'); zeta, which differs the other way, does not.
    for (const [a, b] of [
      [withExtra({ alpha: 'a', zeta: 'b' }), withExtra({ alpha: 'b', zeta: 'a' })],
      [withExtra({ zeta: 'b', alpha: 'a' }), withExtra({ zeta: 'a', alpha: 'b' })],
    ] as const) {
      expect(canonicalReasons([b, a])).toEqual([a, b])
      expect(canonicalReasons([a, b])).toEqual([a, b])
    }
  })

  it('a name only the second reason has decides only when it comes first in name order', () => {
    // zeta differs ('a' < 'b'), alpha only the second has: alpha comes first, and an absent value sorts last.
    const a = withExtra({ zeta: 'a' })
    const b = withExtra({ zeta: 'b', alpha: 'x' })
    expect(canonicalReasons([a, b])).toEqual([b, a])
    // alpha differs ('a' < 'b'), zeta only the second has: alpha decides.
    const c = withExtra({ alpha: 'a' })
    const d = withExtra({ alpha: 'b', zeta: 'z' })
    expect(canonicalReasons([c, d])).toEqual([c, d])
  })
})
