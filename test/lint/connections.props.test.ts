import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, lint, resource, subject } from '../../src/index.js'
import { connectionIds, projectIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'

describe('connection.reaches_no_project', () => {
  it('is found exactly for connections with members where no user with a role on it may create a sync into any project', () => {
    fc.assert(
      fc.property(workplaceArb, (workplace) => {
        const world = compiled({ workplace })
        const d = decide(world)
        for (const connection of connectionIds) {
          const target = resource.workplaceConnection(id.connection(connection))
          const hasMembers = (workplace.connections ?? []).some((c) => c.id === connection && (c.members ?? []).length > 0)
          const reaches = userIds.some((u) => projectIds.some((p) => d(subject.user(id.user(u)), { type: 'connection.createSync', project: id.project(p) }, target).effect === 'allow'))
          const flagged = lint(world).some((f) => f.code === 'connection.reaches_no_project' && f.connection === connection)
          expect(flagged).toBe(hasMembers && !reaches)
        }
      }),
      { numRuns: 200 },
    )
  })
})
