// @ts-nocheck
// compile walks list and group hierarchies once each, without recursion: cycles found as a naive walk finds them, deep chains compile.
import fc from 'fast-check'
import { describe, expect, it, test } from 'vitest'
import { compile, type ModelInput } from '../../src/index.js'
import { planningTenant } from '../support/planning-world.js'

const model = (lists: NonNullable<ModelInput['lists']>): ModelInput => ({ id: 'fp', workspace: 'ws', lists, versions: [{ id: 'v' }], modules: [] })
const errorsOf = (input: unknown): readonly string[] => {
  const result = compile(input)
  return result._tag === 'Left' ? result.left.map((e) => `${e.code} ${e.path}`) : []
}

/** The lists that are their own ancestor, by the definition: walk up from each until it comes back or ends. */
const naiveCycles = (parents: readonly (number | undefined)[]): readonly number[] =>
  parents.flatMap((_, start) => {
    let at = parents[start]
    for (let steps = 0; at !== undefined && steps <= parents.length; steps++) {
      if (at === start) return [start]
      at = parents[at]
    }
    return []
  })

test('list cycles: every list on a cycle of parents is reported once, and only those (any parent graph)', () => {
  const graph = fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(fc.option(fc.nat(n - 1), { nil: undefined }), { minLength: n, maxLength: n }))
  fc.assert(
    fc.property(graph, (parents) => {
      const lists = parents.map((parent, i) => ({ id: `l${i}`, ...(parent === undefined ? {} : { parent: `l${parent}` }) }))
      const cycles = errorsOf({ tenant: planningTenant(model(lists)) }).filter((e) => e.startsWith('cycle'))
      expect(cycles).toEqual(naiveCycles(parents).map((i) => `cycle tenant.models[0].lists[${i}].parent`))
    }),
    { numRuns: 300 },
  )
})

describe('deep hierarchies compile without recursion', () => {
  const depth = 20_000
  it(`a chain of ${depth} lists, each the parent of the next, with an item each`, () => {
    const lists = Array.from({ length: depth }, (_, i) => ({
      id: `l${i}`,
      ...(i === 0 ? {} : { parent: `l${i - 1}` }),
      items: [{ id: `i${i}`, ...(i === 0 ? {} : { parent: `i${i - 1}` }) }],
      ...(i === depth - 1 ? { selectiveAccess: true } : {}),
    }))
    expect(errorsOf({ tenant: planningTenant(model(lists)) })).toEqual([])
  })
  it(`a cycle of ${depth} lists is reported for each of them`, () => {
    const lists = Array.from({ length: depth }, (_, i) => ({ id: `l${i}`, parent: `l${(i + 1) % depth}` }))
    expect(errorsOf({ tenant: planningTenant(model(lists)) })).toHaveLength(depth)
  })
  it(`a chain of ${depth} groups, each including the next`, () => {
    const groups = Array.from({ length: depth }, (_, i) => ({ id: `g${i}`, ...(i + 1 < depth ? { groups: [`g${i + 1}`] } : { users: ['ana'] }) }))
    expect(errorsOf({ workplace: { plan: 'enterprise', users: [{ id: 'ana', role: 'viewer' }], groups } })).toEqual([])
  })
})
