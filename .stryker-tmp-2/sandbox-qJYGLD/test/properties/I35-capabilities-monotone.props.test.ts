// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConnectionRole } from '../../src/index.js'
import { capabilitiesOf } from '../../src/rules/connectionRoles/tables.js'
import { connectionIds, connectionRoleArb, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { onConnection, rank, viewOf } from '../support/workplace-props.js'

const chain = ['view', 'createSync', 'manage']

describe('connection roles', () => {
  it('I35 the capability table is monotone (view ⊂ createSync ⊂ manage) and decide follows it', () => {
    fc.assert(
      fc.property(connectionRoleArb, connectionRoleArb, workplaceArb, fc.constantFrom(...userIds), fc.constantFrom(...connectionIds), (r1, r2, w, user, c) => {
        const [low, high] = rank(r1) <= rank(r2) ? [r1, r2] : [r2, r1]
        expect(capabilitiesOf(high)).toEqual(expect.arrayContaining([...capabilitiesOf(low)]))
        expect(capabilitiesOf(high)).toEqual(chain.slice(0, capabilitiesOf(high).length))
        const level = viewOf(w, user, c).level as ConnectionRole
        expect(viewOf(w, user, c).effect === 'allow').toBe(capabilitiesOf(level).includes('view'))
        expect(onConnection(w, user, { type: 'connection.manage' }, c).effect === 'allow').toBe(capabilitiesOf(level).includes('manage'))
      }),
      { numRuns: 200 },
    )
  })
})
