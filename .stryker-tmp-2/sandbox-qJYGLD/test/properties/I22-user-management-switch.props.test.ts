// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject } from '../../src/index.js'
import { activeWith, enabledIn, seatIn, tenantArb, userIdArb, workspaceIdArb } from '../support/arbitraries/tenant.js'
import { compiled } from '../support/compiled.js'

describe('I22', () => {
  it('I22 with the switch on WSAs may not add or remove users but may update attributes; user admins are never blocked (and import only as WSAs, R33)', () => {
    fc.assert(
      fc.property(tenantArb, userIdArb, userIdArb, workspaceIdArb, fc.constantFrom('model', 'import'), (tenant, who, target, ws, via) => {
        const decider = decide(compiled({ tenant }))
        const actor = subject.user(id.user(who))
        const switchOn = tenant.switches?.userManagement === true
        const workspace = id.workspace(ws)
        const add = decider(actor, { type: 'workspace.addUser', workspace, via }, resource.user(id.user(target)))
        const remove = decider(actor, { type: 'workspace.removeUser', workspace, via }, resource.user(id.user(target)))
        const importAdd = decider(actor, { type: 'workspace.importUsers', mode: 'add' }, resource.workspace(workspace))
        const importUpdate = decider(actor, { type: 'workspace.importUsers', mode: 'updateAttributes' }, resource.workspace(workspace))
        const userAdmin = activeWith(tenant, who, 'userAdmin')
        if (enabledIn(tenant, who) && seatIn(tenant, who, ws) === 'admin' && !userAdmin) {
          expect(add.effect).toBe(switchOn ? 'deny' : 'allow')
          expect(importAdd.effect).toBe(switchOn ? 'deny' : 'allow')
          expect(importUpdate.effect).toBe('allow')
          if (seatIn(tenant, target, ws) !== 'none') expect(remove.effect).toBe(switchOn ? 'deny' : 'allow')
        }
        if (userAdmin) {
          const viaAdministration = decider(actor, { type: 'workspace.addUser', workspace, via: 'administration' }, resource.user(id.user(target)))
          expect(viaAdministration.effect).toBe('allow')
          // R33, A49: a user admin imports only into a workspace they administer, where the switch does not stop them.
          expect(importAdd.effect).toBe(seatIn(tenant, who, ws) === 'admin' ? 'allow' : 'deny')
        }
      }),
      { numRuns: 200 },
    )
  })
})
