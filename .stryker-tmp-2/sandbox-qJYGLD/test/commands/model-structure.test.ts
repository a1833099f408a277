// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, decide, encode, explainReason, id, resource, subject, type Command, type World } from '../../src/index.js'
import { command, planningWorld } from '../support/commands.js'
import { compiled } from '../support/compiled.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'

const fp = resource.model(id.model('fp'))
const outcome = (w: World, c: Command) => {
  const r = apply(w, c)
  return r._tag === 'Right' ? { applied: true, codes: r.right.reasons.map((x) => x.code), world: r.right.world } : { applied: false, codes: r.left.reasons.map((x) => x.code), world: w }
}
const rolesOf = (w: World, model: string) => encode(w).tenant?.models.find((m) => m.id === model)?.roles

describe('custom model roles as commands (R36, F34, F37–F40, I15)', () => {
  const world = planningWorld()

  it.each([
    ['R36 a WSA creates a role', command('wanda', { type: 'model.createRole', role: id.role('reviewer') }, fp), true, ['model_administration.workspace_admin']],
    ['R33 a member who is not a WSA does not', command('mia', { type: 'model.createRole', role: id.role('reviewer') }, fp), false, ['model_administration.not_workspace_admin']],
    ['F34 a role id already used is refused', command('wanda', { type: 'model.createRole', role: id.role('analyst') }, fp), false, ['model_administration.role_exists']],
    ['F34 so is a built-in id', command('wanda', { type: 'model.createRole', role: id.role('fullAccess') }, fp), false, ['model_administration.role_exists']],
    ['F37 Full Access is fixed', command('wanda', { type: 'model.setRolePermissions', role: id.role('fullAccess'), lists: [id.list('regions')] }, fp), false, ['model_administration.built_in_role']],
    ['F39 a WSA gives a role the list permission', command('wanda', { type: 'model.setRolePermissions', role: id.role('analyst'), lists: [id.list('regions')] }, fp), true, ['model_administration.workspace_admin']],
    ['R36 permissions name the model\'s own modules', command('wanda', { type: 'model.setRolePermissions', role: id.role('analyst'), modules: { ghost: 'read' } }, fp), false, ['request.unknown_id']],
    ['a held role is not deleted', command('wanda', { type: 'model.deleteRole', role: id.role('analyst') }, fp), false, ['model_administration.role_in_use']],
    ['No Access is not deleted', command('wanda', { type: 'model.deleteRole', role: id.role('noAccess') }, fp), false, ['model_administration.built_in_role']],
  ] as const)('%s', (_title, c, applied, codes) => {
    const got = outcome(world, c)
    expect(got.applied).toBe(applied)
    expect(got.codes).toEqual([...codes])
  })

  it('I15 a new role starts closed; its permissions open what they name; once nobody holds it, it is deleted', () => {
    const created = outcome(world, command('wanda', { type: 'model.createRole', role: id.role('reviewer') }, fp, 1))
    expect(rolesOf(created.world, 'fp')).toEqual([{ id: 'analyst' }, { id: 'reviewer' }])
    const held = outcome(created.world, command('wanda', { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('reviewer') }, resource.user(id.user('mia')), 2))
    const edit = { type: 'list.editStructure' } as const
    const regions = resource.list(id.model('fp'), id.list('regions'))
    expect(decide(held.world)(subject.user(id.user('mia')), edit, regions).effect).toBe('deny')
    const opened = outcome(held.world, command('wanda', { type: 'model.setRolePermissions', role: id.role('reviewer'), lists: [id.list('regions')] }, fp, 3))
    expect(rolesOf(opened.world, 'fp')).toEqual([{ id: 'analyst' }, { id: 'reviewer', lists: ['regions'] }])
    expect(decide(opened.world)(subject.user(id.user('mia')), edit, regions).effect).toBe('allow')
    const refused = apply(opened.world, command('wanda', { type: 'model.deleteRole', role: id.role('reviewer') }, fp, 4))
    expect(refused._tag === 'Left' ? refused.left.reasons.map(explainReason) : []).toEqual(["Role 'reviewer' is held by 1 user; give them another role before deleting it."])
    const moved = outcome(opened.world, command('wanda', { type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('noAccess') }, resource.user(id.user('mia')), 5))
    const deleted = outcome(moved.world, command('wanda', { type: 'model.deleteRole', role: id.role('reviewer') }, fp, 6))
    expect(deleted.applied).toBe(true)
    expect(rolesOf(deleted.world, 'fp')).toEqual([{ id: 'analyst' }])
  })
})

describe("the alias's selective access as an act (F29, seed 002)", () => {
  const world = compiled({ tenant: cloudworksTenant })
  const region = resource.list(id.model('m1'), id.list('region'))
  const exportAsAlias = (w: World) => decide(w)(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration('iAliasExport')))

  it('F29 a WSA grants the alias Read on an item, and the alias run no longer exports nothing', () => {
    const wsa = { ...cloudworksTenant, workspaces: cloudworksTenant.workspaces.map((w) => (w.id === 'ws1' ? { ...w, members: [...(w.members ?? []), { user: 'tadmin', admin: true }] } : w)) }
    const start = compiled({ tenant: wsa })
    expect(exportAsAlias(start).warnings.map((r) => r.code)).toContain('selective_access.export_empty')
    const grant = outcome(start, command('tadmin', { type: 'selectiveAccess.setAliasAccess', item: id.item('emea'), level: 'read' }, region))
    expect(grant).toMatchObject({ applied: true, codes: ['model_administration.workspace_admin'] })
    expect(encode(grant.world).tenant?.models.find((m) => m.id === 'm1')?.internalAlias).toEqual({ selectiveAccess: [{ list: 'region', item: 'emea', level: 'read' }] })
    expect(exportAsAlias(grant.world).warnings.map((r) => r.code)).toContain('selective_access.export_partial')
    const revoke = outcome(grant.world, command('tadmin', { type: 'selectiveAccess.setAliasAccess', item: id.item('emea'), level: 'none' }, region, 1))
    expect(encode(revoke.world).tenant?.models.find((m) => m.id === 'm1')?.internalAlias).toEqual({ selectiveAccess: [] })
  })

  it('F29 only in a model tied to a CloudWorks integration, and only by its WSAs', () => {
    const plain = planningWorld()
    const regions = resource.list(id.model('fp'), id.list('regions'))
    expect(outcome(plain, command('wanda', { type: 'selectiveAccess.setAliasAccess', item: id.item('emea'), level: 'read' }, regions)).codes).toEqual(['model_administration.no_internal_alias'])
    expect(outcome(world, command('riu', { type: 'selectiveAccess.setAliasAccess', item: id.item('emea'), level: 'read' }, region)).codes).toEqual(['model_administration.not_workspace_admin'])
  })
})
