import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type Action, type Resource } from '../../src/index.js'
import { workplaceArb, workplaceRequestArb, type WorkplaceRequest } from '../support/arbitraries/workplace.js'
import { referenceWorkplace } from '../reference/workplace.js'
import { compiled } from '../support/compiled.js'

const deep = process.env.ACCESSGRID_DEEP === '1'
const runs = deep ? 100_000 : 1_000
const timeout = deep ? 3_600_000 : 60_000

const toRequest = (r: WorkplaceRequest): { action: Action; resource: Resource } => {
  const member = 'user' in r.member ? { user: id.user(r.member.user) } : { group: id.group(r.member.group) }
  const onConnection = resource.workplaceConnection(id.connection(r.connection))
  switch (r.action) {
    case 'connection.view':
    case 'connection.manage':
      return { action: { type: r.action }, resource: onConnection }
    case 'connection.createSync':
      return { action: { type: r.action, project: id.project(r.project) }, resource: onConnection }
    case 'connection.addMember':
    case 'connection.setMemberRole':
      return { action: { type: r.action, member, role: r.role }, resource: onConnection }
    case 'connection.removeMember':
      return { action: { type: r.action, member }, resource: onConnection }
    case 'workplace.createConnection':
      return { action: { type: r.action }, resource: resource.workplace }
    case 'project.manageSyncs':
      return { action: { type: r.action }, resource: resource.project(id.project(r.project)) }
  }
}

describe('differential: connection roles', () => {
  it('decide agrees with the naive reference on generated workplaces (effect and level)', () => {
    fc.assert(
      fc.property(workplaceArb, fc.array(workplaceRequestArb, { minLength: 1, maxLength: 8 }), (input, requests) => {
        const decider = decide(compiled({ workplace: input }))
        for (const r of requests) {
          const { action, resource: on } = toRequest(r)
          const got = decider(subject.user(id.user(r.user)), action, on)
          expect({ effect: got.effect, level: got.level }).toEqual(referenceWorkplace(input, r))
        }
      }),
      { numRuns: runs },
    )
  }, timeout)
})
