/**
 * Worlds and commands for the properties of cell writes on the line items that hold access drivers
 * (F47): drivers over one list, two lists (as values, with a default, or as a bitmap), `users`, `users`
 * × a list, and none, each held by a line item; users with random roles and selective access.
 */
import fc from 'fast-check'
import { id, resource, subject, type Action, type Command, type DriverInput, type Resource, type Subject, type WorldInput } from '../../src/index.js'
import { encodeBase64 } from '../../src/internal/base64.js'
import { t0 } from './commands.js'

const users = ['u0', 'u1', 'u2', 'u3'] as const
const regions = ['emea', 'apac', 'amer'] as const
const products = ['a', 'b'] as const

/** Each driver with the module and line item that hold it, and the module's lists. */
const holders = {
  open: { module: 'open-m', lists: ['regions'] },
  grid: { module: 'grid-m', lists: ['product', 'regions'] },
  approvers: { module: 'people-m', lists: [] },
  owners: { module: 'owners-m', lists: ['regions'] },
  global: { module: 'global-m', lists: [] },
} as const
type Held = keyof typeof holders
const held = Object.keys(holders) as Held[]

const bool = fc.boolean()
const valuesOf = <T>(cells: readonly T[], value: (cell: T, v: boolean) => { readonly value: boolean }) =>
  fc.subarray([...cells]).chain((some) => fc.tuple(...some.map(() => bool)).map((vs) => some.map((cell, i) => value(cell, vs[i] ?? false))))

const lineItem = (driver: Held) => ({ module: holders[driver].module, lineItem: driver, version: 'budget' })

/** A driver over lists in one of its three wire forms. */
const listDriver = (driver: 'open' | 'grid', dimensions: readonly string[], cells: readonly Readonly<Record<string, string>>[]): fc.Arbitrary<DriverInput> =>
  fc.oneof(
    valuesOf(cells, (items, value) => ({ items, value })).map((values) => ({ id: driver, dimensions, values, lineItem: lineItem(driver) })),
    fc.tuple(bool, valuesOf(cells, (items, value) => ({ items, value }))).map(([fallback, values]) => ({ id: driver, dimensions, default: fallback, values, lineItem: lineItem(driver) })),
    fc.uint8Array({ minLength: Math.ceil(cells.length / 8), maxLength: Math.ceil(cells.length / 8) }).map((bits) => ({ id: driver, dimensions, bitmap: encodeBase64(bits), lineItem: lineItem(driver) })),
  )

const gridCells = regions.flatMap((regions) => products.map((product) => ({ regions, product })))

const driversArb: fc.Arbitrary<readonly DriverInput[]> = fc
  .tuple(
    listDriver('open', ['regions'], regions.map((r) => ({ regions: r }))),
    listDriver('grid', ['regions', 'product'], gridCells),
    valuesOf(users, (user, value) => ({ user, value })),
    valuesOf(users.flatMap((user) => regions.map((r) => ({ user, r }))), ({ user, r }, value) => ({ user, items: { regions: r }, value })),
    fc.option(bool, { nil: undefined }),
  )
  .map(([open, grid, approvers, owners, global]) => [
    open,
    grid,
    { id: 'approvers', dimensions: ['users'], values: approvers, lineItem: lineItem('approvers') },
    { id: 'owners', dimensions: ['users', 'regions'], values: owners, lineItem: lineItem('owners') },
    { id: 'global', values: global === undefined ? [] : [{ value: global }], lineItem: lineItem('global') },
  ])

const roleArb = fc.constantFrom('fullAccess', 'planner', 'reader', 'noAccess')
const grantsArb = fc.subarray(users.flatMap((user) => regions.map((item) => ({ user, item })))).chain((grants) =>
  fc.tuple(...grants.map(() => fc.constantFrom('read' as const, 'write' as const))).map((levels) => grants.map((g, i) => ({ ...g, list: 'regions', level: levels[i] ?? 'read' }))),
)

/** The worlds: u0 a workspace administrator, every user a member with a random role and grants. */
export const driverWorlds: fc.Arbitrary<WorldInput> = fc.tuple(driversArb, fc.tuple(roleArb, roleArb, roleArb, roleArb), grantsArb).map(([drivers, roles, grants]) => ({
  tenant: {
    users: users.map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'ws', members: users.map((user) => (user === 'u0' ? { user, admin: true } : { user })) }],
    models: [
      {
        id: 'm',
        workspace: 'ws',
        versions: [{ id: 'budget' }, { id: 'actual' }],
        lists: [
          { id: 'regions', selectiveAccess: true, items: regions.map((r) => ({ id: r })) },
          { id: 'product', items: products.map((p) => ({ id: p })) },
        ],
        modules: [
          {
            id: 'sales',
            lists: ['regions', 'product'],
            lineItems: [
              { id: 'revenue', writeDriver: 'open', readDriver: 'approvers' },
              { id: 'units', writeDriver: 'grid' },
              { id: 'cost', readDriver: 'owners', writeDriver: 'global' },
            ],
          },
          ...held.map((driver) => ({ id: holders[driver].module, lists: [...holders[driver].lists], lineItems: [{ id: driver }] })),
        ],
        drivers,
        roles: [
          { id: 'planner', modules: Object.fromEntries(['sales', ...held.map((d) => holders[d].module)].map((m) => [m, 'write'])), versions: { budget: 'write', actual: 'write' } },
          { id: 'reader', modules: Object.fromEntries(['sales', ...held.map((d) => holders[d].module)].map((m) => [m, 'read'])), versions: { budget: 'read' } },
        ],
        assignments: users.map((user, i) => ({ user, role: roles[i] ?? 'noAccess' })),
        selectiveAccess: grants,
      },
    ],
  },
}))

const cellOf = (module: string, lineItem: string, items: Readonly<Record<string, string>>, version = 'budget') =>
  resource.cell({ model: id.model('m'), module: id.module(module), lineItem: id.lineItem(lineItem), version: id.version(version), items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, id.item(v)])) })

/** A cell write on a driver's line item (rarely another version or a line item holding nothing), by any user. */
export const driverWrites: fc.Arbitrary<Command> = fc
  .record({
    actor: fc.constantFrom(...users),
    driver: fc.constantFrom(...held),
    region: fc.constantFrom(...regions),
    product: fc.constantFrom(...products),
    user: fc.constantFrom(...users),
    value: bool,
    channel: fc.constantFrom('interactive' as const, 'interactive' as const, 'fileImport' as const),
    version: fc.constantFrom('budget', 'budget', 'budget', 'budget', 'actual'),
    minute: fc.integer({ min: 0, max: 59 }),
    tiebreak: fc.nat({ max: 3 }),
  })
  .map(({ actor, driver, region, product, user, value, channel, version, minute, tiebreak }) => {
    const items = Object.fromEntries(holders[driver].lists.map((list) => [list, list === 'regions' ? region : product]))
    const byUser = driver === 'approvers' || driver === 'owners'
    return {
      actor: subject.user(id.user(actor)),
      action: { type: 'cell.write', channel },
      resource: cellOf(holders[driver].module, driver, items, version),
      at: t0 + minute * 60_000,
      tiebreak,
      write: byUser ? { value, user: id.user(user) } : { value },
    }
  })

/** Who reads and writes the driven line items, at every cell, after each command. */
export const driverProbes: readonly (readonly [Subject, Action, Resource])[] = users.flatMap((user) =>
  regions.flatMap((region) =>
    products.flatMap((product) =>
      (['revenue', 'units', 'cost'] as const).flatMap((line) =>
        (['cell.read', 'cell.write'] as const).map((type) => [subject.user(id.user(user)), { type, channel: 'interactive' }, cellOf('sales', line, { regions: region, product })] as const),
      ),
    ),
  ),
)

/** The worlds with u0, their workspace administrator, given Full Access: every write of u0 on a driver's line item at `budget` is allowed. */
export const driverWorldsWithAdmin: fc.Arbitrary<WorldInput> = driverWorlds.map((input) =>
  input.tenant === undefined
    ? input
    : {
        tenant: {
          ...input.tenant,
          models: input.tenant.models.map((model) => ({ ...model, assignments: (model.assignments ?? []).map((a) => (a.user === 'u0' ? { user: 'u0', role: 'fullAccess' } : a)) })),
        },
      },
)

/** Writes of u0 on one cell of one driver at `budget`, with distinct (timestamp, tiebreak) keys. */
export const writesOnOneCell: fc.Arbitrary<readonly Command[]> = driverWrites
  .filter((c) => c.resource.kind === 'cell' && c.resource.version === 'budget')
  .chain((first) =>
    fc
      .uniqueArray(fc.record({ value: bool, minute: fc.integer({ min: 0, max: 59 }), tiebreak: fc.nat({ max: 3 }) }), { minLength: 2, maxLength: 8, selector: (w) => `${w.minute}/${w.tiebreak}` })
      .map((writes) =>
        writes.map((w): Command => ({ ...first, actor: subject.user(id.user('u0')), action: { type: 'cell.write', channel: 'interactive' }, at: t0 + w.minute * 60_000, tiebreak: w.tiebreak, write: { ...('write' in first ? first.write : {}), value: w.value } })),
      ),
  )
