// Every reason code renders in English with any parameters of its declared types: no 'undefined',
// 'null', '[object Object]', 'NaN' or empty name ('') in the text.
import fc from 'fast-check'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { explainReason, reasonCodes, type Reason } from '../../src/index.js'
import { declaredCatalogue } from '../support/reason-catalogue.js'

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).filter((s) => !/undefined|null|nan/i.test(s))

/** An arbitrary of one parameter's declared type: string, number, boolean, string literals or an array of strings. */
const arbitraryOf = (checker: ts.TypeChecker, type: ts.Type): fc.Arbitrary<unknown> => {
  if (type.isUnion()) return fc.oneof(...type.types.map((member) => arbitraryOf(checker, member)))
  if (type.isStringLiteral()) return fc.constant(type.value)
  if (type.flags & ts.TypeFlags.BooleanLiteral) return fc.boolean()
  if (type.flags & ts.TypeFlags.String) return name
  if (type.flags & ts.TypeFlags.Number) return fc.oneof(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: -1e16, max: 1e16 }))
  if (type.flags & ts.TypeFlags.Boolean) return fc.boolean()
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference)
    return fc.array(element === undefined ? name : arbitraryOf(checker, element), { minLength: 1, maxLength: 3 })
  }
  throw new Error(`no arbitrary for the parameter type ${checker.typeToString(type)}`)
}

/** Every code of `ReasonCatalogue` with an arbitrary of its parameters, read from the declarations. */
const reasonArbitraries = (): ReadonlyMap<string, fc.Arbitrary<Reason>> => {
  const { checker, codes } = declaredCatalogue()
  return new Map(
    [...codes].map(([code, params]) => {
      const fields = Object.fromEntries(params.map((param) => [param.name, arbitraryOf(checker, param.type)]))
      return [code, fc.record(fields).map((values) => ({ code, ...values }) as Reason)]
    }),
  )
}

const arbitraries = reasonArbitraries()
const broken = /undefined|null|\[object Object\]|NaN|''/

describe('every reason renders with generated parameters', () => {
  test('the catalogue read from the declarations has every reason code', () => {
    expect([...arbitraries.keys()].sort()).toEqual([...reasonCodes].sort())
  })

  test.each([...reasonCodes])('%s', (code) => {
    fc.assert(
      fc.property(arbitraries.get(code)!, (r) => {
        const text = explainReason(r)
        expect(text).not.toMatch(broken)
        expect(text.trim().length).toBeGreaterThan(0)
      }),
      { numRuns: 40 },
    )
  })
})

describe('a reason decoded without some of its parameters (codecs.reason accepts it) renders without undefined', () => {
  test.each([...reasonCodes])('%s', (code) => {
    fc.assert(
      fc.property(arbitraries.get(code)!, fc.nat(), (r, pick) => {
        const names = Object.keys(r).filter((key) => key !== 'code')
        const missing = names[pick % Math.max(1, names.length)]
        const partial = Object.fromEntries(Object.entries(r).filter(([key]) => key !== missing)) as unknown as Reason
        const text = explainReason(partial)
        expect(text).not.toMatch(broken)
        if (missing !== undefined) expect(text).toContain(missing)
      }),
      { numRuns: 10 },
    )
  })

  test('a reason without a code, or with one the engine does not know', () => {
    expect(explainReason({} as Reason)).toBe('A reason without a code.')
    expect(explainReason({ code: 'made.up' } as unknown as Reason)).toBe("Unknown reason 'made.up'.")
  })
})
