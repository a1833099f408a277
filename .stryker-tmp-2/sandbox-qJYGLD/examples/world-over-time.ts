// @ts-nocheck
// The world over time: acts that create objects, change roles and edit structure are commands.
// An integration administrator creates an integration (the decision says who its scheduled runs will
// act as), a WSA grants the Internal (Full Access) alias Read on a region, creates a custom role and
// removes a list item; the log arrives out of order and replays the same.
// Run with: npx tsx examples/world-over-time.ts
import { compile, encode, explainReplay, id, replay, resource, subject, type Command, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: [
      { id: 'ivy', kind: 'internal', roles: ['integrationAdmin'] },
      { id: 'wanda', kind: 'internal' },
    ],
    workspaces: [{ id: 'sales', members: [{ user: 'wanda', admin: true }] }],
    models: [
      {
        id: 'fp',
        workspace: 'sales',
        assignments: [{ user: 'wanda', role: 'fullAccess' }],
        lists: [{ id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] }],
        modules: [{ id: 'revenue', lists: ['regions'] }],
        actions: [{ id: 'exportRevenue', kind: 'export', source: { module: 'revenue' }, target: { file: true } }],
      },
    ],
  },
}

const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))

const at = (minute: number): number => Date.UTC(2026, 10, 23, 9, minute)
const regions = resource.list(id.model('fp'), id.list('regions'))
const log: readonly Command[] = [
  {
    actor: subject.user(id.user('wanda')), action: { type: 'list.editStructure' }, resource: regions,
    at: at(4), tiebreak: 'tx-4', edit: { remove: [id.item('apac')] },
  },
  {
    actor: subject.user(id.user('ivy')), action: { type: 'cloudworks.create', object: 'integration' }, resource: resource.workspace(id.workspace('sales')),
    at: at(1), tiebreak: 'tx-1', creates: { id: 'nightly', steps: [{ model: id.model('fp'), action: id.modelAction('exportRevenue') }] },
  },
  {
    actor: subject.user(id.user('wanda')), action: { type: 'selectiveAccess.setAliasAccess', item: id.item('emea'), level: 'read' }, resource: regions,
    at: at(2), tiebreak: 'tx-2',
  },
  {
    actor: subject.user(id.user('wanda')), action: { type: 'model.createRole', role: id.role('reviewer') }, resource: resource.model(id.model('fp')),
    at: at(3), tiebreak: 'tx-3',
  },
]

const { world, outcomes } = replay(compiled.right, log)
console.log(explainReplay(outcomes))
console.log('\nThe model as encoded afterwards:')
console.log(JSON.stringify(encode(world).tenant?.models[0], null, 1))
