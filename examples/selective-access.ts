// Selective access: regional managers see their own region, and a CloudWorks export run as the
// Internal (Full Access) alias comes out empty because nobody granted the alias any region.
// Run with: npx tsx examples/selective-access.ts
import { action, compile, decide, explain, id, resource, subject, type Action, type Resource, type Subject, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: ['emma', 'omar', 'wes'].map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'sales', members: [{ user: 'emma' }, { user: 'omar' }, { user: 'wes', admin: true }] }],
    models: [
      {
        id: 'pipeline',
        workspace: 'sales',
        assignments: [
          { user: 'emma', role: 'fullAccess' },
          { user: 'omar', role: 'fullAccess' },
          { user: 'wes', role: 'fullAccess' },
        ],
        lists: [
          { id: 'region', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'americas' }] },
          { id: 'country', parent: 'region', selectiveAccess: true, items: [{ id: 'uk', parent: 'emea' }, { id: 'france', parent: 'emea' }, { id: 'usa', parent: 'americas' }] },
        ],
        versions: [{ id: 'forecast' }],
        modules: [{ id: 'bookings', lists: ['country'], lineItems: [{ id: 'amount' }] }],
        actions: [{ id: 'bookingsToWarehouse', kind: 'export', createdBy: 'wes', source: { module: 'bookings' }, target: { file: true } }],
        selectiveAccess: [
          { user: 'emma', list: 'region', item: 'emea', level: 'write' },
          { user: 'omar', list: 'region', item: 'americas', level: 'read' },
          { user: 'omar', list: 'country', item: 'uk', level: 'read' },
        ],
        internalAlias: {},
      },
    ],
  },
}

const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const ask = decide(compiled.right)
const model = id.model('pipeline')
const bookings = (country: string): Resource =>
  resource.cell({ model, module: id.module('bookings'), lineItem: id.lineItem('amount'), version: id.version('forecast'), items: { country: id.item(country) } })
const user = (name: string): Subject => subject.user(id.user(name))
const exportRun = resource.modelAction(model, id.modelAction('bookingsToWarehouse'))
// Shared, frozen cell actions: decide recognises them without reading their keys.
const write = action.cellWrite()
const read = action.cellRead()

const questions: readonly (readonly [string, Subject, Action, Resource])[] = [
  ['Emma (Write on EMEA) updates France', user('emma'), write, bookings('france')],
  ['Emma looks at the USA', user('emma'), read, bookings('usa')],
  ['Omar (Read on Americas) updates the USA', user('omar'), write, bookings('usa')],
  ['Wes, a workspace administrator, updates the USA', user('wes'), write, bookings('usa')],
  ['Omar runs the warehouse export', user('omar'), { type: 'modelAction.run' }, exportRun],
  ['The scheduled export runs as Internal (Full Access)', subject.internalAlias, { type: 'modelAction.run' }, exportRun],
]

for (const [question, who, act, on] of questions) console.log(`${question}?\n${explain(ask(who, act, on))}\n`)
