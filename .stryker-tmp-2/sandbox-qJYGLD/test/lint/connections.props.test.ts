// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, lint, resource, subject } from '../../src/index.js'
import { connectionIds, projectIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'

describe('connection.reaches_no_project', () => {
  it('is found exactly for connections with members where no member (direct or through a group) may create a sync into any project', () => {
    fc.assert(
      fc.property(workplaceArb, (workplace) => {
        const world = compiled({ workplace })
        const d = decide(world)
        for (const connection of connectionIds) {
          const target = resource.workplaceConnection(id.connection(connection))
          const hasMembers = (workplace.connections ?? []).some((c) => c.id === connection && (c.members ?? []).length > 0)
          const entries = (workplace.connections ?? []).find((c) => c.id === connection)?.members ?? []
          const groupsOf = (group: string, seen: readonly string[] = []): readonly string[] =>
            seen.includes(group) ? seen : (workplace.groups ?? []).filter((g) => (g.groups ?? []).includes(group)).reduce<readonly string[]>((acc, g) => groupsOf(g.id, acc), [...seen, group])
          const inGroup = (user: string, group: string): boolean =>
            (workplace.groups ?? []).some((g) => (g.users ?? []).includes(user) && groupsOf(g.id).includes(group))
          const members = userIds.filter((u) => entries.some((m) => ('user' in m ? m.user === u : inGroup(u, m.group))))
          const reaches = members.some((u) => projectIds.some((p) => d(subject.user(id.user(u)), { type: 'connection.createSync', project: id.project(p) }, target).effect === 'allow'))
          const flagged = lint(world).some((f) => f.code === 'connection.reaches_no_project' && f.connection === connection)
          expect(flagged).toBe(hasMembers && !reaches)
        }
      }),
      { numRuns: 200 },
    )
  })
})
