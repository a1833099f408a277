// R27, A21: a "Users list subset" as an access driver. The driver `approvers` is dimensioned by `users`:
// the users with TRUE are the subset, and as the read driver of `approval` it shows that line item to
// them alone. A second driver, `owners`, is dimensioned by `users` and `costCentre`: each cost centre's
// owners may write its budget. A subset grants nothing by itself (I7): it only narrows what roles allow.
// The subset's values live in line item `approver` of module `people` (the driver's `lineItem`), so a
// workspace administrator maintains it by command: a `cell.write` on that line item (F47).
// Run with: npx tsx examples/users-list-subset.ts
import { apply, compile, decide, explain, explainReason, id, resource, subject, type Action, type Command, type Resource, type WorldInput } from '../src/index.js'

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
          // The line item that holds the subset's values (modules have no Users dimension: a write names the user).
          { id: 'people', lineItems: [{ id: 'approver' }] },
        ],
        drivers: [
          // The subset: Lena is an approver; Raj and Wes are not (no value is FALSE, A33).
          { id: 'approvers', dimensions: ['users'], values: [{ user: 'lena', value: true }], lineItem: { module: 'people', lineItem: 'approver', version: 'budget' } },
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

// Wes, a workspace administrator, adds Raj to the subset: decided as cell.write on the line item.
const addRaj: Command = {
  actor: subject.user(id.user('wes')),
  action: write,
  resource: resource.cell({ model: id.model('opex'), module: id.module('people'), lineItem: id.lineItem('approver'), version: id.version('budget'), items: {} }),
  at: Date.UTC(2026, 10, 23, 9, 0),
  tiebreak: 1,
  write: { value: true, user: id.user('raj') },
}
const added = apply(compiled.right, addRaj)
if (added._tag === 'Left') throw new Error(added.left.reasons.map(explainReason).join('\n'))
console.log(`Wes adds Raj to the approvers: ${added.right.reasons.map(explainReason).join('; ')}`)
console.log(`Raj, now an approver, reads the approval line?\n${explain(decide(added.right.world)(subject.user(id.user('raj')), read, spend('approval', 'it')))}`)
