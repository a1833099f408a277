// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, everything, id, impact, impactOf, resource, subject, type Command } from '../../src/index.js'
import { asEngineRequest, connectionIds, userIds, workplaceArb, workplaceRequestArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'
import { said } from '../support/impact-world.js'

/** Connection member commands (R46–R49), mostly by the owner so that most apply. */
const memberCommandArb: fc.Arbitrary<Command> = fc
  .record({ request: workplaceRequestArb, byOwner: fc.boolean(), kind: fc.constantFrom('connection.addMember' as const, 'connection.setMemberRole' as const, 'connection.removeMember' as const) })
  .map(({ request, byOwner, kind }) => {
    const { action, resource: target } = asEngineRequest({ ...request, action: kind })
    return { actor: subject.user(id.user(byOwner ? 'boss' : request.user)), action, resource: target, at: 0, tiebreak: 0 } as Command
  })

describe('impact of connection member commands is exact', () => {
  it('names every user whose effective role on a connection decide changes, and no other', () => {
    fc.assert(
      fc.property(workplaceArb, memberCommandArb, (workplace, command) => {
        const before = compiled({ workplace })
        const result = impactOf(before, command)
        if (result.tag === 'rejected') return
        const [b, a] = [decide(before), decide(result.world)]
        for (const user of userIds)
          for (const connection of connectionIds) {
            const ask = [b, a].map((d) => d(subject.user(id.user(user)), { type: 'connection.view' }, resource.workplaceConnection(id.connection(connection))))
            const differs = ask[0]?.level !== ask[1]?.level || ask[0]?.effect !== ask[1]?.effect
            const claimed = result.impact.connections.some((c) => c.user === user && c.connection === connection)
            expect({ user, connection, claimed }).toEqual({ user, connection, claimed: differs })
          }
        expect(said(result.impact)).toEqual(said(impact(before, result.world, { scope: everything })))
      }),
      { numRuns: 200 },
    )
  })
})
