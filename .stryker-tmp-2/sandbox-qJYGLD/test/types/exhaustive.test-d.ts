// @ts-nocheck
import { expectTypeOf, test } from 'vitest'
import { actionSpecs, reasonCodes, type ActionSpec, type ActionType, type ReasonCode } from '../../src/index.js'
import { coreWording } from '../../src/explain/core.js'
import type { Wording } from '../../src/explain/wording.js'

test('a Wording must cover every code it names, and only those', () => {
  //  a wording without 'request.invalid' is not a Wording for it
  const partial: Wording<'default.no_grant' | 'request.invalid'> = { 'default.no_grant': (r) => r.action }
  //  a wording for a code that does not exist
  const extra: Wording<'default.no_grant'> = { 'default.no_grant': (r) => r.action, 'made.up': () => '' }
  expectTypeOf(partial).not.toBeAny()
  expectTypeOf(extra).not.toBeAny()
})

test('a wording function receives the parameters of its code', () => {
  expectTypeOf<Parameters<Wording<'request.unknown_id'>['request.unknown_id']>[0]>().toEqualTypeOf<{ readonly code: 'request.unknown_id' } & { readonly kind: string; readonly id: string }>()
  expectTypeOf(coreWording).toExtend<Wording<'default.no_grant'>>()
})

test('every reason code is listed and every action type has a spec', () => {
  expectTypeOf(reasonCodes).toEqualTypeOf<readonly ReasonCode[]>()
  expectTypeOf<keyof Wording<ReasonCode>>().toEqualTypeOf<ReasonCode>()
  expectTypeOf(actionSpecs).toEqualTypeOf<{ readonly [K in ActionType]: ActionSpec }>()
})
