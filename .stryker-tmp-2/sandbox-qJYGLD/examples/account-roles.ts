// @ts-nocheck
// Account roles of an integration marketplace (seed 004): base roles, author roles and fresh sessions.
// Run with: npx tsx examples/account-roles.ts
import { compile, decide, explain, id, resource, subject, type Action } from '../src/index.js'

const world = compile({
  account: {
    workspaces: [{ id: 'prod' }],
    users: [
      { id: 'alex', baseRole: { role: 'administrator', grantedAt: 0 }, workspaces: ['prod'] },
      {
        id: 'fern',
        baseRole: { role: 'user', grantedAt: 0 },
        additionalRoles: [{ role: 'flowAuthor', grantedAt: 1_000 }],
        workspaces: ['prod'],
      },
      { id: 'rory', baseRole: { role: 'readOnly', grantedAt: 0 }, additionalRoles: [{ role: 'flowAuthor', grantedAt: 0 }], workspaces: ['prod'] },
    ],
  },
})
if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))

const ask = decide(world.right)
const prod = resource.account(id.workspace('prod'))
const createFlow: Action = { type: 'account.author', artifact: 'flow', operation: 'create' }
const show = (who: string, issuedAt: number, action: Action, title: string): void => {
  console.log(`${title}\n${explain(ask(subject.user(id.user(who), { issuedAt }), action, prod))}\n`)
}

show('alex', 2_000, createFlow, 'Alex (Administrator) creates a flow:')
show('fern', 500, createFlow, 'Fern (Flow Author since t=1000) creates a flow in a session from t=500:')
show('fern', 2_000, createFlow, 'Fern signs in again (t=2000) and creates a flow:')
show('rory', 2_000, createFlow, 'Rory (Read Only with Flow Author) creates a flow:')
