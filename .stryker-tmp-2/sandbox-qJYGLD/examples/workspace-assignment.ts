// @ts-nocheck
// Workspace assignment: the membership gate, workspace administrators, and the user-management switch.
// Run with: npx tsx examples/workspace-assignment.ts
import { compile, decide, explain, id, resource, subject, type Action, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    switches: { userManagement: true },
    users: [
      { id: 'uma', kind: 'internal', roles: ['userAdmin'] },
      { id: 'wanda', kind: 'internal' },
      { id: 'mia', kind: 'internal' },
      { id: 'ravi', kind: 'internal', restrictedIntegrationWorkspaces: ['finance'] },
      { id: 'new-hire', kind: 'internal' },
    ],
    workspaces: [{ id: 'finance', members: [{ user: 'wanda', admin: true }, { user: 'mia' }] }],
    models: [
      {
        id: 'budget',
        workspace: 'finance',
        roles: [{ id: 'planner' }],
        assignments: [
          { user: 'wanda', role: 'noAccess' },
          { user: 'mia', role: 'fullAccess' },
        ],
      },
    ],
  },
}

const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const ask = decide(compiled.right)
const budget = resource.model(id.model('budget'))
const finance = id.workspace('finance')
const newHire = resource.user(id.user('new-hire'))
const manage: Action = { type: 'model.manage', setting: 'modules' }

const show = (question: string, who: string, action: Action, target: Parameters<typeof ask>[2]): void => {
  console.log(`${question}?`)
  console.log(explain(ask(subject.user(id.user(who)), action, target)))
  console.log()
}

show('Ravi, an RIU for finance but not a member, opens the budget model', 'ravi', { type: 'model.open' }, budget)
show('Wanda, a WSA with the No Access role, opens the model settings', 'wanda', manage, budget)
show('Mia, with Full Access, opens the model settings', 'mia', manage, budget)
show('Wanda adds the new hire from inside the model, with the switch on', 'wanda', { type: 'workspace.addUser', workspace: finance, via: 'model', model: id.model('budget'), role: id.role('planner') }, newHire)
show('Uma adds the new hire in Administration', 'uma', { type: 'workspace.addUser', workspace: finance, via: 'administration' }, newHire)
show('Wanda imports attribute updates, with the switch on', 'wanda', { type: 'workspace.importUsers', mode: 'updateAttributes' }, resource.workspace(finance))
