// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { connectionIds, connectionRoleArb, groupIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { rank, viewOf, withMembers } from '../support/workplace-props.js'

describe('connection roles', () => {
  it('I32 highest privilege wins: adding a direct or group grant never lowers the effective role', () => {
    fc.assert(
      fc.property(
        workplaceArb,
        fc.constantFrom(...userIds),
        fc.constantFrom(...connectionIds),
        fc.oneof(fc.constantFrom(...userIds).map((user) => ({ user })), fc.constantFrom(...groupIds).map((group) => ({ group }))),
        connectionRoleArb,
        (w, user, c, member, role) => {
          const key = (m: { user: string } | { group: string }) => JSON.stringify(m)
          const connection = w.connections?.find((x) => x.id === c)
          fc.pre('user' in member || (w.groups ?? []).some((g) => g.id === member.group))
          fc.pre(!(connection?.members ?? []).some((m) => key('user' in m ? { user: m.user } : { group: m.group }) === key(member)))
          const before = rank(viewOf(w, user, c).level)
          const after = rank(viewOf(withMembers(w, c, (ms) => [...ms, { ...member, role }]), user, c).level)
          expect(after).toBeGreaterThanOrEqual(before)
          if ('user' in member && member.user === user && w.plan !== 'developer') expect(after).toBeGreaterThanOrEqual(rank(role))
        },
      ),
      { numRuns: 200 },
    )
  })
})
