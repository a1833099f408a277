// @ts-nocheck
// Dynamic cell access: a "locked" flag per cost centre makes submitted budgets read-only, and only
// the budget owner (a Users-dimensioned driver) sees the salary line.
// Run with: npx tsx examples/dynamic-cell-access.ts
import { compile, decide, explain, id, resource, subject, type Action, type Resource, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: ['lena', 'raj', 'wes'].map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'fpa', members: [{ user: 'lena' }, { user: 'raj' }, { user: 'wes', admin: true }] }],
    models: [
      {
        id: 'opex',
        workspace: 'fpa',
        assignments: [
          { user: 'lena', role: 'fullAccess' },
          { user: 'raj', role: 'fullAccess' },
          { user: 'wes', role: 'fullAccess' },
        ],
        lists: [{ id: 'costCentre', items: [{ id: 'marketing' }, { id: 'it' }] }],
        versions: [{ id: 'budget' }],
        modules: [
          {
            id: 'spend',
            lists: ['costCentre'],
            lineItems: [
              { id: 'travel', writeDriver: 'open' },
              { id: 'salaries', readDriver: 'owner', writeDriver: 'owner' },
            ],
          },
        ],
        drivers: [
          { id: 'open', dimensions: ['costCentre'], values: [{ items: { costCentre: 'marketing' }, value: true }, { items: { costCentre: 'it' }, value: false }] },
          { id: 'owner', dimensions: ['users'], values: [{ user: 'lena', value: true }] },
        ],
      },
    ],
  },
}

const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const ask = decide(compiled.right)
const spend = (lineItem: string, centre: string): Resource =>
  resource.cell({ model: id.model('opex'), module: id.module('spend'), lineItem: id.lineItem(lineItem), version: id.version('budget'), items: { costCentre: id.item(centre) } })
const write = (channel: 'interactive' | 'fileImport'): Action => ({ type: 'cell.write', channel })

const questions: readonly (readonly [string, string, Action, Resource])[] = [
  ['Raj edits travel for Marketing (still open)', 'raj', write('interactive'), spend('travel', 'marketing')],
  ['Raj edits travel for IT (submitted, locked)', 'raj', write('interactive'), spend('travel', 'it')],
  ['Wes, a workspace administrator, edits travel for IT in the grid', 'wes', write('interactive'), spend('travel', 'it')],
  ['Wes loads a correction file into travel for IT', 'wes', write('fileImport'), spend('travel', 'it')],
  ['Lena, the budget owner, reads salaries', 'lena', { type: 'cell.read', channel: 'interactive' }, spend('salaries', 'it')],
  ['Raj reads salaries', 'raj', { type: 'cell.read', channel: 'interactive' }, spend('salaries', 'it')],
]

for (const [question, who, action, on] of questions) console.log(`${question}?\n${explain(ask(subject.user(id.user(who)), action, on))}\n`)
