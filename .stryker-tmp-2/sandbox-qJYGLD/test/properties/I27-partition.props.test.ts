// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action, type Resource } from '../../src/index.js'
import { cloudworksTenantArb } from '../support/arbitraries/cloudworks.js'
import { compiled } from '../support/compiled.js'

const operations = (user: string): readonly Action[] => [
  { type: 'cloudworks.manage', operation: 'read' },
  { type: 'cloudworks.manage', operation: 'update' },
  { type: 'cloudworks.manage', operation: 'delete' },
  { type: 'cloudworks.run' },
  { type: 'cloudworks.setRunAs', user: id.user(user) },
]

describe('I27', () => {
  it('I27 the restricted and non-restricted partition: IA-only subjects are denied every operation on restricted objects, RIU-only subjects on non-restricted ones', () => {
    fc.assert(
      fc.property(cloudworksTenantArb, (tenant) => {
        const decider = decide(compiled({ tenant }))
        const objects: readonly { readonly restricted: boolean; readonly resource: Resource; readonly integration: boolean }[] = [
          ...(tenant.integrations ?? []).map((i) => ({ restricted: i.restricted, resource: resource.integration(id.integration(i.id)), integration: true })),
          ...(tenant.connections ?? []).map((c) => ({ restricted: c.restricted, resource: resource.cloudworksConnection(id.connection(c.id)), integration: false })),
        ]
        for (const u of tenant.users) {
          const ia = (u.roles ?? []).includes('integrationAdmin')
          const riu = u.restrictedIntegrationWorkspaces !== undefined
          if (ia === riu) continue
          for (const object of objects.filter((o) => o.restricted === ia))
            for (const action of operations(u.id).filter((a) => object.integration || a.type === 'cloudworks.manage'))
              expect(decider(subject.user(id.user(u.id)), action, object.resource).effect).toBe('deny')
        }
      }),
      { numRuns: 200 },
    )
  })
})
