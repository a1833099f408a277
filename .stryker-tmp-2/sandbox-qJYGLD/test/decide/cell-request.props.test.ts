// @ts-nocheck
// The fast path for cell requests accepts only what the codecs accept, and copies what they copy.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { cellRequest } from '../../src/cell-request.js'
import { codecs } from '../../src/index.js'
import { omit } from '../../src/internal/omit.js'
import { mutationOf } from '../support/mutate.js'

const ids = fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString')
/** Objects as JSON.parse and literals make them (prototype-less ones take the codecs' path: see request-check.test.ts). */
const plainObjects = { noNullPrototype: true } as const
const validCell = fc.record({
  subject: fc.record({ kind: fc.constant('user'), id: ids }, plainObjects),
  action: fc.oneof(
    fc.record({ type: fc.constant('cell.read'), channel: fc.constantFrom('interactive', 'export', 'importSource') }, plainObjects),
    fc.record({ type: fc.constant('cell.write'), channel: fc.constantFrom('interactive', 'fileImport', 'modelImport') }, plainObjects),
  ),
  resource: fc.record({
    kind: fc.constant('cell'),
    model: ids,
    module: ids,
    lineItem: ids,
    version: ids,
    items: fc.dictionary(ids, ids, { maxKeys: 3 }),
  }, plainObjects),
})

/** What the codecs make of the three parts, or undefined when one of them is rejected. */
const throughCodecs = (q: { subject: unknown; action: unknown; resource: unknown }): unknown => {
  const [s, a, r] = [codecs.subject.decode(q.subject), codecs.action.decode(q.action), codecs.resource.decode(q.resource)]
  return s._tag === 'Right' && a._tag === 'Right' && r._tag === 'Right' ? { subject: s.right, action: a.right, resource: r.right } : undefined
}

/** Items as a plain object, so that the codecs' prototype-less record and the kept one compare. */
const plain = (q: unknown): unknown => JSON.parse(JSON.stringify(q, (_, v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : v)))

test('cellRequest accepts every valid cell request, as the codecs do, with the same copy', () => {
  fc.assert(
    fc.property(validCell, (q) => {
      const fast = cellRequest(q.subject, q.action, q.resource)
      expect(fast).toBeDefined()
      expect(plain(omit(fast!, ['actor']))).toEqual(plain(throughCodecs(q)))
      expect(fast!.subject).not.toBe(q.subject)
      expect(fast!.resource).not.toBe(q.resource)
    }),
    { numRuns: 200 },
  )
})

test('cellRequest accepts a mutated request only when the codecs do, and then as they copy it', () => {
  let accepted = 0
  fc.assert(
    fc.property(mutationOf(validCell), (mutated) => {
      const q = (typeof mutated === 'object' && mutated !== null ? mutated : {}) as { subject: unknown; action: unknown; resource: unknown }
      const fast = cellRequest(q.subject, q.action, q.resource)
      if (fast === undefined) return
      accepted++
      expect(plain(omit(fast, ['actor']))).toEqual(plain(throughCodecs(q)))
    }),
    { numRuns: 500 },
  )
  expect(accepted).toBeGreaterThan(0)
})
