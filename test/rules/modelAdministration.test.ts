import { describe, expect, it } from 'vitest'
import { decide, id, resource, subject, type TenantInput } from '../../src/index.js'
import { planning } from '../support/commands.js'
import { compileTenant } from '../support/commands.js'
import { blankParameters } from '../support/outcome.js'

const base = planning()
const world = compileTenant({
  ...base,
  users: [...base.users, { id: 'dora', kind: 'internal', enabled: false }],
  workspaces: base.workspaces.map((w) => (w.id === 'sales' ? { ...w, members: [...(w.members ?? []), { user: 'dora', admin: true }] } : w)),
  models: base.models.map((m) => (m.id === 'fp' ? { ...m, lists: [...(m.lists ?? []), { id: 'products', items: [{ id: 'p1' }] }] } : m)),
} satisfies TenantInput)

const rows = [
  { id: 'R33 a workspace administrator imports selective access', who: 'wanda', list: 'regions', effect: 'allow', reasons: ['model_administration.workspace_admin'] },
  { id: 'R33 a member who is not an administrator may not', who: 'mia', list: 'regions', effect: 'deny', reasons: ['model_administration.not_workspace_admin'] },
  { id: 'R33 an administrator of another workspace may not', who: 'uma', list: 'regions', effect: 'deny', reasons: ['model_administration.not_workspace_admin'] },
  { id: 'F5 a disabled administrator may not', who: 'dora', list: 'regions', effect: 'deny', reasons: ['model_administration.account_disabled'] },
  { id: 'F42 not into a list without selective access', who: 'wanda', list: 'products', effect: 'deny', reasons: ['model_administration.list_without_selective_access'] },
  { id: 'unknown lists deny', who: 'wanda', list: 'nowhere', effect: 'deny', reasons: ['request.unknown_id'] },
] as const

describe('modelAdministration: selectiveAccess.import', () => {
  it.each(rows)('$id', (row) => {
    const d = decide(world)(subject.user(id.user(row.who)), { type: 'selectiveAccess.import', mode: 'additive' }, resource.list(id.model('fp'), id.list(row.list)))
    expect(d.effect).toBe(row.effect)
    expect([...new Set(d.reasons.map((r) => r.code))].sort()).toEqual([...row.reasons].sort())
    expect(blankParameters(d)).toEqual([])
  })

  it('the internal alias is not a subject for it', () => {
    const d = decide(world)(subject.internalAlias, { type: 'selectiveAccess.import', mode: 'additive' }, resource.list(id.model('fp'), id.list('regions')))
    expect(d.reasons.map((r) => r.code)).toContain('request.subject_not_supported')
  })
})
