// compile checks a grant's ids as it looks them up: a value that is not an id still gives exactly the decoder's errors, never a dangling reference.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fullOnly } from '../../src/codecs/fast.js'
import { report } from '../../src/codecs/report.js'
import { worldC } from '../../src/codecs/world.js'
import { compile, type ModelInput, type SelectiveAccessInput } from '../../src/index.js'
import { baseModel, planningTenant } from '../support/planning-world.js'

/** What compile reported before it left grant ids to the build: the full decoder's errors, when it rejects. */
const decoderErrors = (input: unknown): readonly { code: string; path: string; message: string }[] | undefined => {
  const decoded = fullOnly(worldC).decode(input)
  return decoded._tag === 'Left' ? report(decoded.left).map((e) => ({ code: 'invalid_input', path: e.path, message: e.message })) : undefined
}

const valid: readonly SelectiveAccessInput[] = [
  { user: 'ana', list: 'region', item: 'emea', level: 'read' },
  { user: 'ana', list: 'country', item: 'uk', level: 'write' },
  { user: 'bea', list: 'region', item: 'amer', level: 'write' },
]

/** A field value: an id (known or not) or anything else a JSON document or a caller may hold. */
const value = fc.constantFrom<unknown>('ana', 'bea', 'ghost', 'region', 'country', 'nowhere', 'emea', 'uk', '', 5, null, true, {}, [], ['emea'], undefined)

/** The valid grants, each field of some replaced (own, even when undefined), grants in any order, a grant repeated or dropped. */
const grants = fc
  .array(fc.tuple(fc.nat(valid.length - 1), fc.option(fc.tuple(fc.constantFrom('user', 'list', 'item'), value), { nil: undefined })), { maxLength: 6 })
  .map((picks) => picks.map(([at, change]) => (change === undefined ? valid[at] : { ...valid[at], [change[0]]: change[1] })))

describe('compile: the ids of selective-access grants', () => {
  test('a grant whose user, list or item is not an id gives the decoder\'s errors, exactly; otherwise the decoder accepts and compile builds', () => {
    fc.assert(
      fc.property(grants, (selectiveAccess) => {
        const input = { tenant: planningTenant({ ...baseModel, selectiveAccess } as ModelInput) }
        const expected = decoderErrors(input)
        const result = compile(input)
        if (expected !== undefined) expect(result._tag === 'Left' ? result.left : []).toEqual(expected)
        else expect(result._tag === 'Left' ? result.left.filter((e) => e.code === 'invalid_input') : []).toEqual([])
      }),
      { numRuns: 500 },
    )
  })
})
