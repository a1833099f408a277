// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { id } from '../../src/index.js'
import { connectionIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { isUser, onConnection, rank, viewOf, withMembers } from '../support/workplace-props.js'

describe('connection roles', () => {
  it('I34 cannot remove a floor-holder; removing a direct-only member returns them to their group roles', () => {
    fc.assert(
      fc.property(workplaceArb, fc.constantFrom(...userIds.slice(1)), fc.constantFrom(...connectionIds), (w, user, c) => {
        fc.pre(w.plan !== 'developer')
        const floor = rank(viewOf(withMembers(w, c, () => []), user, c).level)
        const decision = onConnection(w, 'boss', { type: 'connection.removeMember', member: { user: id.user(user) } }, c)
        if (floor > 0) {
          expect(decision.effect).toBe('deny')
          expect(decision.reasons.map((r) => r.code)).toContain('connection_roles.access_from_workplace_role')
          return
        }
        const held = (w.connections?.find((x) => x.id === c)?.members ?? []).some((m) => isUser(m, user))
        expect(decision.effect).toBe(held ? 'allow' : 'deny')
        const removed = withMembers(w, c, (ms) => ms.filter((m) => !isUser(m, user)))
        const groupsOnly = withMembers(w, c, (ms) => ms.filter((m) => 'group' in m))
        expect(viewOf(removed, user, c).level).toBe(viewOf(groupsOnly, user, c).level)
      }),
      { numRuns: 200 },
    )
  })
})
