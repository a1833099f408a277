/**
 * What if: the impact of three changes before they land — a selective-access grant, a new role in a
 * model, and a removal from a workspace that empties the nightly export. Run with
 * `npx tsx examples/what-if.ts`.
 */
// @ts-nocheck

import { compile, explainImpact, id, impactOf, resource, subject, type Command } from '../src/index.js'

const world = compile({
  tenant: {
    users: [
      { id: 'wanda', kind: 'internal', roles: ['userAdmin'] },
      { id: 'mia', kind: 'internal' },
      { id: 'rita', kind: 'internal', restrictedIntegrationWorkspaces: ['sales'] },
    ],
    workspaces: [{ id: 'sales', members: [{ user: 'wanda', admin: true }, { user: 'mia' }, { user: 'rita' }] }],
    models: [
      {
        id: 'fp',
        workspace: 'sales',
        roles: [
          { id: 'analyst', modules: { opex: 'read' }, versions: { budget: 'read' }, actions: ['export-opex'] },
          { id: 'planner', modules: { opex: 'write' }, versions: { budget: 'write' }, actions: ['export-opex'] },
        ],
        assignments: [{ user: 'wanda', role: 'fullAccess' }, { user: 'mia', role: 'analyst' }, { user: 'rita', role: 'analyst' }],
        lists: [
          { id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] },
          { id: 'countries', parent: 'regions', selectiveAccess: true, items: [{ id: 'uk', parent: 'emea' }, { id: 'fr', parent: 'emea' }, { id: 'jp', parent: 'apac' }] },
        ],
        versions: [{ id: 'budget' }],
        modules: [{ id: 'opex', lists: ['countries'], lineItems: [{ id: 'amount' }] }],
        actions: [{ id: 'export-opex', kind: 'export', source: { module: 'opex' }, target: { file: true } }],
        selectiveAccess: [
          { user: 'mia', list: 'countries', item: 'uk', level: 'read' },
          { user: 'rita', list: 'regions', item: 'emea', level: 'read' },
        ],
      },
    ],
    integrations: [{ id: 'nightly', workspace: 'sales', restricted: true, createdBy: 'rita', lastRunBy: 'rita', steps: [{ model: 'fp', action: 'export-opex' }] }],
  },
})
if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))

const wanda = subject.user(id.user('wanda'))
const at = Date.UTC(2026, 10, 23, 9, 0)
const changes: readonly [string, Command][] = [
  [
    'Give mia Write on EMEA',
    { actor: wanda, action: { type: 'selectiveAccess.import', mode: 'additive' }, resource: resource.list(id.model('fp'), id.list('regions')), at, tiebreak: 1, rows: [{ user: id.user('mia'), item: id.item('emea'), level: 'write' }] },
  ],
  ['Make mia a planner', { actor: wanda, action: { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('planner') }, resource: resource.user(id.user('mia')), at, tiebreak: 2 }],
  ['Remove rita from sales', { actor: wanda, action: { type: 'workspace.removeUser', workspace: id.workspace('sales'), via: 'administration' }, resource: resource.user(id.user('rita')), at, tiebreak: 3 }],
]

for (const [title, command] of changes) {
  const result = impactOf(world.right, command)
  console.log(`## ${title}`)
  console.log(result.tag === 'rejected' ? `Rejected: ${result.report.reasons.map((r) => r.code).join(', ')}` : explainImpact(result.impact))
  console.log()
}
