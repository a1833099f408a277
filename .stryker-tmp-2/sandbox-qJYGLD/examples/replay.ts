/**
 * Replays a small administrative log, which arrives out of order, and prints each command's outcome
 * with its explanation: the audit trail of how the world changed. Run with `npx tsx examples/replay.ts`.
 */
// @ts-nocheck

import { compile, encode, explainReplay, id, replay, resource, subject, type Command } from '../src/index.js'

const world = compile({
  tenant: {
    users: [
      { id: 'tina', kind: 'internal', roles: ['tenantAdmin'] },
      { id: 'uma', kind: 'internal', roles: ['userAdmin'] },
      { id: 'wanda', kind: 'internal' },
      { id: 'mia', kind: 'internal' },
      { id: 'bob', kind: 'internal' },
    ],
    workspaces: [{ id: 'sales', members: [{ user: 'wanda', admin: true }, { user: 'mia' }] }],
    models: [
      {
        id: 'fp',
        workspace: 'sales',
        roles: [{ id: 'analyst' }],
        assignments: [{ user: 'wanda', role: 'fullAccess' }, { user: 'mia', role: 'analyst' }],
        lists: [{ id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] }],
      },
      { id: 'budget', workspace: 'sales' },
    ],
  },
})
if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))

const at = (minute: number): number => Date.UTC(2026, 10, 23, 9, minute)
const by = (user: string) => subject.user(id.user(user))
const sales = id.workspace('sales')

// 09:07 wanda grants selective access by import (F46); the log delivers it twice.
const saImport: Command = {
  actor: by('wanda'),
  action: { type: 'selectiveAccess.import', mode: 'additive' },
  resource: resource.list(id.model('fp'), id.list('regions')),
  at: at(7),
  tiebreak: 'tx-7',
  rows: [{ user: id.user('mia'), item: id.item('emea'), level: 'write' }],
}

// The log as it arrived: not in time order, with one command delivered twice.
const log: readonly Command[] = [
  // 09:02 wanda adds bob from the model fp as an analyst (R25, F31)...
  { actor: by('wanda'), action: { type: 'workspace.addUser', workspace: sales, via: 'model', model: id.model('fp'), role: id.role('analyst') }, resource: resource.user(id.user('bob')), at: at(2), tiebreak: 'tx-2' },
  // ...but at 09:01 tina had turned the user-management switch on (R30): wanda's add is judged after it (A41).
  { actor: by('tina'), action: { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource: resource.tenant, at: at(1), tiebreak: 'tx-1' },
  // 09:03 uma adds bob in Administration: user admins are never blocked by the switch (F32, I22).
  { actor: by('uma'), action: { type: 'workspace.addUser', workspace: sales, via: 'administration' }, resource: resource.user(id.user('bob')), at: at(3), tiebreak: 'tx-3' },
  // 09:04 wanda imports users: the attribute update applies, the addition is refused (R31, A42).
  {
    actor: by('wanda'),
    action: { type: 'workspace.importUsers', mode: 'add' },
    resource: resource.workspace(sales),
    at: at(4),
    tiebreak: 'tx-4',
    rows: [{ user: id.user('mia'), email: 'mia@acme.example' }, { user: id.user('tina') }],
  },
  // 09:06 and 09:05: two changes to mia's account status; the later one wins whatever the arrival order (R28, I21).
  { actor: by('uma'), action: { type: 'tenant.setAccountStatus', enabled: true }, resource: resource.user(id.user('mia')), at: at(6), tiebreak: 'tx-6' },
  { actor: by('uma'), action: { type: 'tenant.setAccountStatus', enabled: false }, resource: resource.user(id.user('mia')), at: at(5), tiebreak: 'tx-5' },
  // 09:07 wanda grants selective access by import (F46), delivered twice: it applies once.
  saImport,
  saImport,
  // 09:08 tina tries to remove her own Tenant Administrator role: she is the last one (F7, I20).
  { actor: by('tina'), action: { type: 'tenant.unassignRole', role: 'tenantAdmin' }, resource: resource.user(id.user('tina')), at: at(8), tiebreak: 'tx-8' },
]

const { world: after, outcomes } = replay(world.right, log)
console.log(explainReplay(outcomes))
console.log('\nThe world afterwards (encode):')
console.log(JSON.stringify(encode(after).tenant?.workspaces, null, 2))
console.log(JSON.stringify(encode(after).tenant?.users.find((u) => u.id === 'mia')))
