// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action, type TenantInput } from '../../src/index.js'
import { cloudworksTenantArb } from '../support/arbitraries/cloudworks.js'
import { compiled } from '../support/compiled.js'

const operations: readonly Action[] = [
  { type: 'cloudworks.manage', operation: 'read' },
  { type: 'cloudworks.manage', operation: 'update' },
  { type: 'cloudworks.manage', operation: 'delete' },
  { type: 'cloudworks.run' },
]

const isMember = (tenant: TenantInput, user: string, ws: string): boolean =>
  tenant.workspaces.some((w) => w.id === ws && (w.members ?? []).some((m) => m.user === user))

describe('I26', () => {
  it('I26 RIU scope = assigned ∩ member: an enabled RIU-only user may create, manage and run restricted objects in W iff W is assigned and they are a member', () => {
    fc.assert(
      fc.property(cloudworksTenantArb, (tenant) => {
        const decider = decide(compiled({ tenant }))
        const rius = tenant.users.filter((u) => u.enabled !== false && !(u.roles ?? []).includes('integrationAdmin') && u.restrictedIntegrationWorkspaces !== undefined)
        for (const u of rius) {
          const inScope = (ws: string) => (u.restrictedIntegrationWorkspaces ?? []).includes(ws) && isMember(tenant, u.id, ws)
          const who = subject.user(id.user(u.id))
          for (const ws of tenant.workspaces) {
            const created = decider(who, { type: 'cloudworks.create', object: 'integration' }, resource.workspace(id.workspace(ws.id)))
            expect(created.effect).toBe(inScope(ws.id) ? 'allow' : 'deny')
          }
          for (const i of (tenant.integrations ?? []).filter((i) => i.restricted && i.runAs === undefined))
            for (const action of operations)
              expect(decider(who, action, resource.integration(id.integration(i.id))).effect).toBe(inScope(i.workspace) ? 'allow' : 'deny')
          for (const c of (tenant.connections ?? []).filter((c) => c.restricted))
            expect(decider(who, operations[0]!, resource.cloudworksConnection(id.connection(c.id))).effect).toBe(inScope(c.workspace) ? 'allow' : 'deny')
        }
      }),
      { numRuns: 200 },
    )
  })
})
