// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject } from '../../src/index.js'
import { connectionIds, projectIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { rank } from '../support/workplace-props.js'
import { compiled } from '../support/compiled.js'

describe('connection roles', () => {
  it('I36 a sync is created iff the connection role is consumer or more and the project grants Manage Syncs', () => {
    fc.assert(
      fc.property(workplaceArb, fc.constantFrom(...userIds), fc.constantFrom(...connectionIds), fc.constantFrom(...projectIds), (w, user, c, p) => {
        const d = decide(compiled({ workplace: w }))
        const who = subject.user(id.user(user))
        const on = resource.workplaceConnection(id.connection(c))
        const role = rank(d(who, { type: 'connection.view' }, on).level)
        const manageSyncs = d(who, { type: 'project.manageSyncs' }, resource.project(id.project(p))).effect === 'allow'
        const sync = d(who, { type: 'connection.createSync', project: id.project(p) }, on)
        expect(sync.effect === 'allow').toBe(role >= rank('consumer') && manageSyncs)
      }),
      { numRuns: 200 },
    )
  })
})
