// @ts-nocheck
// Batch cell decisions: how many cells of a module may Emma read, and which ones, without asking
// decide once per cell. Run with: npx tsx examples/batch.ts
import { compile, decideCells, explain, id, subject, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: [{ id: 'emma', kind: 'internal' }, { id: 'guest', kind: 'internal' }],
    workspaces: [{ id: 'sales', members: [{ user: 'emma' }] }],
    models: [
      {
        id: 'pipeline',
        workspace: 'sales',
        assignments: [{ user: 'emma', role: 'fullAccess' }],
        lists: [
          { id: 'region', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'americas' }] },
          { id: 'country', parent: 'region', selectiveAccess: true, items: [{ id: 'uk', parent: 'emea' }, { id: 'france', parent: 'emea' }, { id: 'usa', parent: 'americas' }] },
          { id: 'product', items: [{ id: 'widgets' }, { id: 'gadgets' }] },
        ],
        versions: [{ id: 'forecast' }],
        drivers: [{ id: 'open', dimensions: ['product'], values: [{ items: { product: 'widgets' }, value: true }] }],
        modules: [{ id: 'bookings', lists: ['country', 'product'], lineItems: [{ id: 'amount', readDriver: 'open' }] }],
        selectiveAccess: [{ user: 'emma', list: 'region', item: 'emea', level: 'read' }],
      },
    ],
  },
}

const world = compile(input)
if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const slice = { model: id.model('pipeline'), module: id.module('bookings'), lineItem: id.lineItem('amount'), version: id.version('forecast') }
const read = { type: 'cell.read', channel: 'interactive' } as const

const grid = decideCells(world.right)(subject.user(id.user('emma')), read, slice)
console.log(`emma may read ${grid.count()} of ${grid.items.reduce((n, items) => n * items.length, 1)} cells`) // 2 of 6
grid.items[0]?.forEach((country, i) =>
  grid.items[1]?.forEach((product, j) => console.log(`  ${country} × ${product}: ${grid.allows([i, j]) ? 'read' : 'hidden'}`)),
)

const guest = decideCells(world.right)(subject.user(id.user('guest')), read, slice)
console.log(`guest may read ${guest.count()} cells: ${explain(guest.common)}`)
