// @ts-nocheck
// R27, A21: a "Users list subset" as an access driver. The driver `approvers` is dimensioned by `users`:
// the users with TRUE are the subset, and as the read driver of `approval` it shows that line item to
// them alone. A second driver, `owners`, is dimensioned by `users` and `costCentre`: each cost centre's
// owners may write its budget. A subset grants nothing by itself (I7): it only narrows what roles allow.
// Run with: npx tsx examples/users-list-subset.ts
import { compile, decide, explain, id, resource, subject, type Action, type Resource, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: ['lena', 'raj', 'wes'].map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'fpa', members: [{ user: 'lena' }, { user: 'raj' }, { user: 'wes', admin: true }] }],
    models: [
      {
        id: 'opex',
        workspace: 'fpa',
        assignments: ['lena', 'raj', 'wes'].map((user) => ({ user, role: 'fullAccess' })),
        lists: [{ id: 'costCentre', items: [{ id: 'marketing' }, { id: 'it' }] }],
        versions: [{ id: 'budget' }],
        modules: [
          {
            id: 'spend',
            lists: ['costCentre'],
            lineItems: [
              { id: 'approval', readDriver: 'approvers' },
              { id: 'budget', writeDriver: 'owners' },
            ],
          },
        ],
        drivers: [
          // The subset: Lena is an approver; Raj and Wes are not (no value is FALSE, A33).
          { id: 'approvers', dimensions: ['users'], values: [{ user: 'lena', value: true }] },
          // Per user and per cost centre: Raj owns Marketing, Lena owns IT.
          {
            id: 'owners',
            dimensions: ['users', 'costCentre'],
            values: [
              { user: 'raj', items: { costCentre: 'marketing' }, value: true },
              { user: 'lena', items: { costCentre: 'it' }, value: true },
            ],
          },
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
const read: Action = { type: 'cell.read', channel: 'interactive' }
const write: Action = { type: 'cell.write', channel: 'interactive' }

const questions: readonly (readonly [string, string, Action, Resource])[] = [
  ['Lena, an approver, reads the approval line', 'lena', read, spend('approval', 'it')],
  ['Raj, not in the subset, reads the approval line', 'raj', read, spend('approval', 'it')],
  ['Raj writes the Marketing budget he owns', 'raj', write, spend('budget', 'marketing')],
  ['Raj writes the IT budget he does not own', 'raj', write, spend('budget', 'it')],
]

for (const [question, who, action, on] of questions) console.log(`${question}?\n${explain(ask(subject.user(id.user(who)), action, on))}\n`)
