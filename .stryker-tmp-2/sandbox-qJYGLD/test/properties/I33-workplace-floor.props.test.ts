// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { id } from '../../src/index.js'
import { connectionIds, connectionRoleArb, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { isUser, onConnection, rank, viewOf, withMembers } from '../support/workplace-props.js'

describe('connection roles', () => {
  it('I33 the workplace role is a floor: below it is denied, at or above takes effect, effective never below it', () => {
    fc.assert(
      fc.property(workplaceArb, fc.constantFrom(...userIds.slice(1)), fc.constantFrom(...connectionIds), connectionRoleArb, (w, user, c, role) => {
        fc.pre(w.plan !== 'developer')
        const floor = rank(viewOf(withMembers(w, c, () => []), user, c).level)
        expect(rank(viewOf(w, user, c).level)).toBeGreaterThanOrEqual(floor)
        const held = (w.connections?.find((x) => x.id === c)?.members ?? []).some((m) => isUser(m, user))
        fc.pre(held || floor > 0)
        const decision = onConnection(w, 'boss', { type: 'connection.setMemberRole', member: { user: id.user(user) }, role }, c)
        if (rank(role) < floor) {
          expect(decision.effect).toBe('deny')
          expect(decision.reasons.map((r) => r.code)).toContain('connection_roles.below_workplace_floor')
        } else {
          expect(decision.effect).toBe('allow')
          const applied = withMembers(w, c, (ms) => [...ms.filter((m) => !isUser(m, user)), { user, role }])
          expect(rank(viewOf(applied, user, c).level)).toBeGreaterThanOrEqual(rank(role))
        }
      }),
      { numRuns: 200 },
    )
  })
})
