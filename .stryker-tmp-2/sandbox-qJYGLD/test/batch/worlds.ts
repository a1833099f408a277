// @ts-nocheck
import fc from 'fast-check'
import type { DriverInput, ListInput, SelectiveAccessInput, Settings, WorldInput } from '../../src/index.js'

/**
 * Small planning worlds for the batch properties: a list hierarchy (`region` > `country`) and a flat
 * list (`product`), selective access on any of them, a module dimensioned by a random choice of them,
 * read and write drivers over random dimensions (the Users list included) with random values, one
 * custom role, random memberships, roles, grants, disabled accounts and an optional alias entry.
 */
export interface BatchCase {
  readonly input: WorldInput
  readonly settings: Partial<Settings>
  readonly dimensions: readonly string[]
}

export const users = ['u0', 'u1', 'u2', 'u3'] as const
export const versions = ['v0', 'v1'] as const
const access = fc.constantFrom('none' as const, 'read' as const, 'write' as const, 'write' as const)
const grantLevel = fc.constantFrom('read' as const, 'write' as const)

const listsArb = fc
  .record({ regions: fc.integer({ min: 1, max: 2 }), countries: fc.integer({ min: 1, max: 4 }), products: fc.integer({ min: 1, max: 3 }) })
  .chain(({ regions, countries, products }) =>
    fc.record({
      sa: fc.record({ region: fc.boolean(), country: fc.boolean(), product: fc.boolean() }),
      countryParents: fc.array(fc.integer({ min: 0, max: regions - 1 }), { minLength: countries, maxLength: countries }),
      regions: fc.constant(regions),
      products: fc.constant(products),
    }),
  )
  .map(({ sa, countryParents, regions, products }): readonly ListInput[] => [
    { id: 'region', selectiveAccess: sa.region, items: Array.from({ length: regions }, (_, i) => ({ id: `r${i}` })) },
    { id: 'country', parent: 'region', selectiveAccess: sa.country, items: countryParents.map((p, i) => ({ id: `c${i}`, parent: `r${p}` })) },
    { id: 'product', selectiveAccess: sa.product, items: Array.from({ length: products }, (_, i) => ({ id: `p${i}` })) },
  ])

const itemsOf = (lists: readonly ListInput[], list: string): readonly string[] => lists.find((l) => l.id === list)?.items?.map((i) => i.id) ?? []

const enabledSa = (lists: readonly ListInput[]): readonly string[] => {
  const on = new Set(lists.filter((l) => l.selectiveAccess === true).map((l) => l.id))
  if (on.has('country')) on.add('region')
  return [...on]
}

const combinations = (lists: readonly ListInput[], dims: readonly string[]): Record<string, string>[] =>
  dims.reduce<Record<string, string>[]>((acc, dim) => acc.flatMap((c) => itemsOf(lists, dim).map((item) => ({ ...c, [dim]: item }))), [{}])

const driverArb = (id: string, lists: readonly ListInput[], moduleDims: readonly string[]): fc.Arbitrary<DriverInput> =>
  fc.record({ dims: fc.subarray([...moduleDims]), users: fc.boolean() }).chain(({ dims, users: byUser }) => {
    const cells = combinations(lists, dims).flatMap((items) => (byUser ? [...users].map((user) => ({ items, user })) : [{ items }]))
    return fc
      .record({
        values: fc.array(fc.constantFrom('true', 'true', 'false', 'unset'), { minLength: cells.length, maxLength: cells.length }),
        form: fc.constantFrom('values', 'values', 'default', 'bitmap'),
        fallback: fc.boolean(),
      })
      .map(({ values, form, fallback }): DriverInput => {
        const dimensions = byUser ? [...dims, 'users'] : dims
        // A bitmap (over lists only): the cells in the order of `combinations`, the last dimension fastest; an unset cell is FALSE.
        if (form === 'bitmap' && !byUser && dims.length > 0) {
          const bytes = new Uint8Array(Math.ceil(cells.length / 8))
          values.forEach((v, i) => {
            if (v === 'true') bytes[i >> 3] = (bytes[i >> 3] ?? 0) | (1 << (i & 7))
          })
          return { id, dimensions, bitmap: Buffer.from(bytes).toString('base64') }
        }
        const given = cells.flatMap((cell, i) => (values[i] === 'unset' ? [] : [{ ...cell, value: values[i] === 'true' }]))
        return { id, dimensions, values: given, ...(form === 'default' ? { default: fallback } : {}) }
      })
  })

const grantsArb = (lists: readonly ListInput[], who: readonly string[]): fc.Arbitrary<SelectiveAccessInput[]> => {
  const slots = enabledSa(lists).flatMap((list) => itemsOf(lists, list).flatMap((item) => who.map((user) => ({ user, list, item }))))
  return fc
    .array(fc.option(grantLevel, { nil: undefined }), { minLength: slots.length, maxLength: slots.length })
    .map((levels) => slots.flatMap((slot, i) => (levels[i] === undefined ? [] : [{ ...slot, level: levels[i] }])))
}

/** A generated world, with the module's dimensions. */
export const batchCase: fc.Arbitrary<BatchCase> = listsArb.chain((lists) =>
  fc.subarray(['country', 'product', 'region']).chain((moduleDims) =>
    fc
      .record({
        read: fc.option(driverArb('readDriver', lists, moduleDims), { nil: undefined }),
        write: fc.option(driverArb('writeDriver', lists, moduleDims), { nil: undefined }),
        role: fc.record({ module: access, v0: access, v1: access }),
        members: fc.array(fc.constantFrom('member', 'member', 'member', 'admin', 'none'), { minLength: users.length, maxLength: users.length }),
        enabled: fc.array(fc.constantFrom(true, true, true, true, true, false), { minLength: users.length, maxLength: users.length }),
        roles: fc.array(fc.constantFrom('custom', 'custom', 'custom', 'fullAccess', 'fullAccess', 'noAccess', 'unassigned'), { minLength: users.length, maxLength: users.length }),
        grants: grantsArb(lists, users),
        alias: fc.option(grantsArb(lists, ['alias']), { nil: undefined }),
        settings: fc.record({ workspaceAdminsBypassSelectiveAccess: fc.boolean(), writeDriverAloneFalse: fc.constantFrom('read' as const, 'none' as const) }),
      })
      .map(({ read, write, role, members, enabled, roles, grants, alias, settings }): BatchCase => ({
        dimensions: moduleDims,
        settings,
        input: {
          tenant: {
            users: users.map((id, i) => ({ id, kind: 'internal', enabled: enabled[i] ?? true })),
            workspaces: [{ id: 'ws', members: users.flatMap((user, i) => (members[i] === 'none' ? [] : [{ user, admin: members[i] === 'admin' }])) }],
            models: [
              {
                id: 'm',
                workspace: 'ws',
                lists,
                versions: versions.map((id) => ({ id })),
                drivers: [read, write].filter((d) => d !== undefined),
                modules: [{ id: 'mod', lists: moduleDims, lineItems: [{ id: 'li', ...(read ? { readDriver: read.id } : {}), ...(write ? { writeDriver: write.id } : {}) }] }],
                roles: [{ id: 'custom', modules: { mod: role.module }, versions: { v0: role.v0, v1: role.v1 } }],
                assignments: users.flatMap((user, i) => (roles[i] === 'unassigned' ? [] : [{ user, role: roles[i] ?? 'noAccess' }])),
                selectiveAccess: grants,
                ...(alias === undefined ? {} : { internalAlias: { selectiveAccess: alias.map(({ list, item, level }) => ({ list, item, level })) } }),
              },
            ],
          },
        },
      })),
  ),
)
