// @ts-nocheck
import { expectTypeOf, test } from 'vitest'
import type { ReasonCatalogue, ReasonCode } from '../../src/decision/reason.js'
import type { reasonParams } from '../../src/decision/reason-params.js'

/** The names a code's declared parameters have that its row of the table does not list. */
type Unlisted = { [C in ReasonCode]: Exclude<keyof ReasonCatalogue[C], ReturnType<typeof reasonParams>[C][number]> }[ReasonCode]

test('the parameter table lists every parameter name of every reason code', () => {
  expectTypeOf<Unlisted>().toEqualTypeOf<never>()
})
