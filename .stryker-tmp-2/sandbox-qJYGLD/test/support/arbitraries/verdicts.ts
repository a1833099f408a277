// @ts-nocheck
// Generators of verdict lists and requirements for the algebra properties.
import fc from 'fast-check'
import { lattice, reason, verdict, type LatticeName, type Reason, type Requirement, type Verdicts } from '../../../src/index.js'

const reasonArb: fc.Arbitrary<Reason> = fc.oneof(
  fc.constantFrom('cell.read', 'model.open').map((action) => reason('default.no_grant', { action })),
  fc.record({ kind: fc.constantFrom('user', 'list'), id: fc.constantFrom('ana', 'bob', '__proto__') }).map((p) => reason('request.unknown_id', p)),
  fc.record({ module: fc.constantFrom('a', 'b'), message: fc.constantFrom('x', 'y') }).map((p) => reason('engine.rule_failed', p)),
)

/** A list of grants, caps and warnings at levels of a lattice with `top` as its highest rank. */
const verdictsArb = (top: number): fc.Arbitrary<Verdicts> =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.integer({ min: 0, max: top }), reasonArb).map(([level, r]) => verdict.grant(level, r)),
        fc.tuple(fc.integer({ min: 0, max: top }), reasonArb).map(([level, r]) => verdict.cap(level, r)),
        reasonArb.map((r) => verdict.warn(r)),
      ),
      { maxLength: 8 },
    )
    .map((lists) => verdict.concat(...lists))

/** A requirement in any lattice, with the verdicts to settle against it. */
export const settlingArb: fc.Arbitrary<{ readonly requirement: Requirement; readonly verdicts: Verdicts }> = fc
  .constantFrom<LatticeName>('access', 'connectionRole', 'permission')
  .chain((name) => {
    const top = lattice[name].levels.length - 1
    return fc.record({
      requirement: fc.integer({ min: 1, max: top }).map((requires) => ({ action: 'cell.read', lattice: name, requires })),
      verdicts: verdictsArb(top),
    })
  })

/** The key reasons are ordered by: code, then parameters. */
export const reasonKey = (r: Reason): string => `${r.code}\u0000${JSON.stringify(r, Object.keys(r).sort())}`
