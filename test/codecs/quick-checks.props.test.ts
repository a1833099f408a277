import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, test } from 'vitest'
import { fullOnly } from '../../src/codecs/fast.js'
import { quickAssignment, quickDriverValue, quickGrant, quickItem, quickMember, quickUser } from '../../src/codecs/quick-checks.js'
import type { QuickCheck } from '../../src/codecs/struct.js'
import { assignmentC, driverValueC, grantC, itemC, memberC, userC } from '../../src/codecs/tenant.js'

/** Field values worth trying: ids, the empty string, levels, Booleans, records, arrays, undefined, numbers. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('emea', 'u1', '', 'read', 'write', 'none', true, false, undefined, null, 0, [], ['emea']),
  fc.dictionary(fc.constantFrom('region', 'products', '__proto__', 'x'), fc.constantFrom('emea', '', 1, undefined)),
)

/** Where a field goes: an own key, a key of the prototype (enumerable or not), or nowhere. */
const placement = fc.constantFrom('own', 'own', 'own', 'inherited', 'inheritedHidden', 'absent')

/**
 * Objects over the struct's fields and a few others, each field valid or not (`good` gives the valid
 * ones), own or inherited (enumerable or not), in plain objects, objects without a prototype and
 * arrays: every way a value may fall just inside or just outside the struct.
 */
const candidate = (good: Readonly<Record<string, fc.Arbitrary<unknown>>>): fc.Arbitrary<unknown> => {
  const field = (name: string) => fc.tuple(fc.constant(name), fc.oneof(good[name] ?? fieldValue, fieldValue), placement)
  const fields = fc.tuple(...[...Object.keys(good), 'extra', 'kind'].map(field))
  const describe = (entries: readonly (readonly [string, unknown, string])[], where: string, enumerable: boolean): PropertyDescriptorMap =>
    Object.fromEntries(entries.filter(([, , at]) => at === where).map(([key, value]) => [key, { value, enumerable, writable: true, configurable: true }]))
  return fc.tuple(fields, fc.constantFrom('plain', 'bare', 'array')).map(([entries, form]) => {
    const proto = Object.defineProperties(form === 'bare' ? (Object.create(null) as object) : form === 'array' ? [] : {}, {
      ...describe(entries, 'inherited', true),
      ...describe(entries, 'inheritedHidden', false),
    })
    return Object.create(proto, describe(entries, 'own', true)) as unknown
  })
}

/** Valid values of the struct, as a JSON parser would give them. */
const valid = {
  item: fc.record({ id: fc.constantFrom('emea', 'fr'), parent: fc.constantFrom('emea', undefined) }, { requiredKeys: ['id'] }),
  grant: fc.record({ user: fc.constant('u1'), list: fc.constant('regions'), item: fc.constant('emea'), level: fc.constantFrom('read', 'write') }),
  driverValue: fc.record({ items: fc.dictionary(fc.constantFrom('regions', 'products'), fc.constant('emea')), user: fc.constant('u1'), value: fc.boolean() }, { requiredKeys: ['value'] }),
  user: fc.record({ id: fc.constant('ana'), kind: fc.constantFrom('internal', 'visiting'), email: fc.constant('ana@example.com'), enabled: fc.boolean() }, { requiredKeys: ['id', 'kind'] }),
  member: fc.record({ user: fc.constant('ana'), admin: fc.boolean(), ssoException: fc.boolean() }, { requiredKeys: ['user'] }),
  assignment: fc.record({ user: fc.constant('ana'), role: fc.constant('planner') }),
}

const id = fc.constantFrom('emea', 'u1')
const good = {
  item: { id, parent: id },
  grant: { user: id, list: id, item: id, level: fc.constantFrom('read', 'write') },
  driverValue: { value: fc.boolean(), items: fc.dictionary(fc.constantFrom('regions', 'products'), id), user: id },
  user: { id, kind: fc.constantFrom('internal', 'visiting'), email: fc.constantFrom('ana@example.com', ''), enabled: fc.boolean(), roles: fc.constant([]) },
  member: { user: id, admin: fc.boolean(), ssoException: fc.boolean() },
  assignment: { user: id, role: id },
}

const cases: readonly (readonly [string, QuickCheck, t.Mixed, Readonly<Record<string, fc.Arbitrary<unknown>>>, fc.Arbitrary<unknown>])[] = [
  ['list item', quickItem, itemC, good.item, valid.item],
  ['selective-access grant', quickGrant, grantC, good.grant, valid.grant],
  ['driver value', quickDriverValue, driverValueC, good.driverValue, valid.driverValue],
  ['user', quickUser, userC, good.user, valid.user],
  ['workspace member', quickMember, memberC, good.member, valid.member],
  ['role assignment', quickAssignment, assignmentC, good.assignment, valid.assignment],
]

describe('Codecs: the hand-written checks of the structs a world holds by the million', () => {
  for (const [name, quick, codec, fields, validArb] of cases) {
    const full = fullOnly(codec)
    test(`Codecs: the quick check of a ${name} accepts nothing its struct rejects`, () => {
      fc.assert(
        fc.property(fc.oneof(candidate(fields), validArb), (u) => {
          if (quick(u)) expect(full.decode(u)._tag).toBe('Right')
        }),
        { numRuns: 2000 },
      )
    })

    test(`Codecs: the quick check of a ${name} accepts every valid plain one (the fast path is taken)`, () => {
      fc.assert(
        fc.property(validArb, (u) => {
          expect(full.decode(u)._tag).toBe('Right')
          expect(quick(u)).toBe(true)
        }),
      )
    })
  }
})
