// @ts-nocheck
import { expectTypeOf, test } from 'vitest'
import type { Action, ActionOf, Decision, Reason, RequestInput, Resource, Subject, TenantInput, WorldInput } from '../../src/index.js'
import type { codecs } from '../../src/index.js'
import type { accountActionCodecs } from '../../src/codecs/actions/account.js'
import type { cloudworksActionCodecs } from '../../src/codecs/actions/cloudworks.js'
import type { connectionActionCodecs } from '../../src/codecs/actions/connections.js'
import type { dataActionCodecs } from '../../src/codecs/actions/data.js'
import type { tenantActionCodecs } from '../../src/codecs/actions/tenant.js'
import type { workspaceActionCodecs } from '../../src/codecs/actions/workspace.js'
import type { DecodedTenant } from '../../src/codecs/tenant.js'
import type { Equals } from './equals.js'

type Decoded<C extends keyof typeof codecs> = (typeof codecs)[C] extends { readonly _A: infer A } ? A : never

/** Every action codec table decodes each type to exactly that action. */
type ActionTablesMatch<Table> = {
  [K in keyof Table]: K extends Action['type'] ? (Table[K] extends { readonly _A: infer A } ? Equals<A, ActionOf<K>> : false) : false
}[keyof Table]

test('the codecs decode to exactly the domain and input types', () => {
  expectTypeOf<Equals<Decoded<'world'>, WorldInput>>().toEqualTypeOf<true>()
  expectTypeOf<Equals<Decoded<'subject'>, Subject>>().toEqualTypeOf<true>()
  expectTypeOf<Equals<Decoded<'action'>, Action>>().toEqualTypeOf<true>()
  expectTypeOf<Equals<Decoded<'resource'>, Resource>>().toEqualTypeOf<true>()
  expectTypeOf<Equals<Decoded<'request'>, RequestInput>>().toEqualTypeOf<true>()
  expectTypeOf<Equals<Decoded<'reason'>, Reason>>().toEqualTypeOf<true>()
  expectTypeOf<Equals<Decoded<'decision'>, Decision>>().toEqualTypeOf<true>()
})

test('the tenant codec, as inferred from its fields, equals TenantInput', () => {
  expectTypeOf<Equals<DecodedTenant, TenantInput>>().toEqualTypeOf<true>()
})

test('each action codec, as inferred from its fields, equals its action type', () => {
  expectTypeOf<ActionTablesMatch<typeof tenantActionCodecs>>().toEqualTypeOf<true>()
  expectTypeOf<ActionTablesMatch<typeof workspaceActionCodecs>>().toEqualTypeOf<true>()
  expectTypeOf<ActionTablesMatch<typeof dataActionCodecs>>().toEqualTypeOf<true>()
  expectTypeOf<ActionTablesMatch<typeof cloudworksActionCodecs>>().toEqualTypeOf<true>()
  expectTypeOf<ActionTablesMatch<typeof connectionActionCodecs>>().toEqualTypeOf<true>()
  expectTypeOf<ActionTablesMatch<typeof accountActionCodecs>>().toEqualTypeOf<true>()
})

test('Equals tells types apart', () => {
  expectTypeOf<Equals<{ readonly a: string }, { a: string }>>().toEqualTypeOf<false>()
  expectTypeOf<Equals<{ readonly a?: string }, { readonly a: string | undefined }>>().toEqualTypeOf<false>()
  expectTypeOf<Equals<{ readonly a: string } & { readonly b: number }, { readonly a: string; readonly b: number }>>().toEqualTypeOf<true>()
})
