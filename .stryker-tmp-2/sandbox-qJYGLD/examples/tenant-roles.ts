// @ts-nocheck
// Tenant administration: who may hand out the integration roles, and why a request is refused.
// Run with: npx tsx examples/tenant-roles.ts
import { compile, decide, explain, id, resource, subject, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: [
      { id: 'tina', kind: 'internal', roles: ['tenantAdmin'] },
      { id: 'uma', kind: 'internal', roles: ['userAdmin'] },
      { id: 'wanda', kind: 'internal' },
      { id: 'ravi', kind: 'internal', restrictedIntegrationWorkspaces: ['finance'] },
      { id: 'vera', kind: 'visiting' },
    ],
    workspaces: [
      { id: 'finance', members: [{ user: 'wanda', admin: true }, { user: 'ravi', admin: true }] },
      { id: 'sandbox' },
    ],
    models: [{ id: 'budget', workspace: 'finance', assignments: [{ user: 'ravi', role: 'fullAccess' }] }],
  },
}

const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const ask = decide(compiled.right)

const questions = [
  ['Tina makes Wanda an Integration Administrator', 'tina', { type: 'tenant.assignRole', role: 'integrationAdmin' }, 'wanda'],
  ['Tina makes Ravi, already an RIU, an Integration Administrator', 'tina', { type: 'tenant.assignRole', role: 'integrationAdmin' }, 'ravi'],
  ['Tina saves an RIU assignment without workspaces', 'tina', { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [] }, 'wanda'],
  ['Uma, a user admin, tries to assign RIU to a visitor', 'uma', { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [id.workspace('finance')] }, 'vera'],
] as const

for (const [question, who, action, target] of questions) {
  console.log(`${question}?`)
  console.log(explain(ask(subject.user(id.user(who)), action, resource.user(id.user(target)))))
  console.log()
}

console.log('Tina, a tenant admin without User Admin, creates an internal user?')
console.log(
  explain(
    ask(
      subject.user(id.user('tina')),
      { type: 'tenant.createInternalUser', user: id.user('nina'), email: 'nina@example.com', workspaces: [id.workspace('finance')] },
      resource.tenant,
    ),
  ),
)
