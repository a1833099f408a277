// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject } from '../../src/index.js'
import { projectIds, userIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'

describe('connection roles', () => {
  it('I38 workplace Owners and Admins manage syncs on every project, whatever their project assignments', () => {
    fc.assert(
      fc.property(workplaceArb, fc.constantFrom(...userIds), fc.constantFrom(...projectIds), fc.boolean(), (w, user, p, stripProjects) => {
        const role = w.users.find((u) => u.id === user)?.role
        fc.pre(role === 'owner' || role === 'admin')
        const world = stripProjects ? { ...w, projects: (w.projects ?? []).map((x) => ({ id: x.id })) } : w
        const d = decide(compiled({ workplace: world }))(subject.user(id.user(user)), { type: 'project.manageSyncs' }, resource.project(id.project(p)))
        expect(d.effect).toBe('allow')
        expect(d.reasons.map((r) => r.code)).toContain('connection_roles.workplace_project_admin')
      }),
      { numRuns: 200 },
    )
  })
})
