// Workspace assignment alone (one module's policy): whole reasons with their parameters, unknown ids
// by kind and id, and the boundaries of the last-administrator rule (R32, R33, F31, F34, F70, I14).
import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, subject, trace, type Action, type Decision, type Resource, type Subject, type TenantInput } from '../../src/index.js'
import { acme } from '../support/fixtures/acme.js'
import { compiled } from '../support/compiled.js'
import { member, tenant, user, workspace } from '../support/tenant-world.js'

const assignmentOnly = decideWith(policy([modules.workspaceAssignment]))
const askIn = (world: TenantInput | undefined, who: Subject, action: Action, on: Resource): Pick<Decision, 'effect' | 'reasons'> => {
  const { effect, reasons } = assignmentOnly(compiled(world === undefined ? {} : { tenant: world }))(who, action, on)
  return { effect, reasons }
}
const ask = (who: string, action: Action, on: Resource) => askIn(acme(), subject.user(id.user(who)), action, on)
const act = (action: Action): Action => action
const on = (u: string): Resource => resource.user(id.user(u))
const unknown = (kind: string, unknownId: string) => ({ effect: 'deny', reasons: [{ code: 'request.unknown_id', kind, id: unknownId }] })
const sales = id.workspace('sales')
const nowhere = id.workspace('nowhere')

describe('workspace assignment alone: unknown ids, by kind and id', () => {
  it.each([
    ['adding an unknown user', act({ type: 'workspace.addUser', workspace: sales, via: 'administration' }), on('ghost'), unknown('user', 'ghost')],
    ['adding to an unknown workspace', act({ type: 'workspace.addUser', workspace: nowhere, via: 'administration' }), on('out'), unknown('workspace', 'nowhere')],
    ['adding from an unknown model', act({ type: 'workspace.addUser', workspace: sales, via: 'model', model: id.model('gone') }), on('out'), unknown('model', 'gone')],
    ['adding with a role the model does not hold', act({ type: 'workspace.addUser', workspace: sales, via: 'model', model: id.model('fp'), role: id.role('ghost') }), on('out'), unknown('role', 'ghost')],
    ['removing an unknown user', act({ type: 'workspace.removeUser', workspace: sales, via: 'administration' }), on('ghost'), unknown('user', 'ghost')],
    ['removing from an unknown workspace', act({ type: 'workspace.removeUser', workspace: nowhere, via: 'administration' }), on('mia'), unknown('workspace', 'nowhere')],
    ['an unknown user made administrator', act({ type: 'workspace.setAdmin', workspace: sales, admin: true }), on('ghost'), unknown('user', 'ghost')],
    ['an administrator of an unknown workspace', act({ type: 'workspace.setAdmin', workspace: nowhere, admin: true }), on('mia'), unknown('workspace', 'nowhere')],
    ['a model role for an unknown user', act({ type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('analyst') }), on('ghost'), unknown('user', 'ghost')],
    ['a role in an unknown model', act({ type: 'workspace.setModelRole', model: id.model('gone'), role: id.role('analyst') }), on('mia'), unknown('model', 'gone')],
    ['a role the model does not hold', act({ type: 'workspace.setModelRole', model: id.model('fp'), role: id.role('ghost') }), on('mia'), unknown('role', 'ghost')],
    ['importing users into an unknown workspace', act({ type: 'workspace.importUsers', mode: 'add' }), resource.workspace(nowhere), unknown('workspace', 'nowhere')],
    ['exporting the users of an unknown workspace', act({ type: 'workspace.exportUsers' }), resource.workspace(nowhere), unknown('workspace', 'nowhere')],
  ])('%s', (_, action, target, expected) => {
    expect(ask('wanda', action, target)).toEqual(expected)
  })

  it('F31 adding from a model without naming a role asks nothing of the role', () => {
    const { reasons } = ask('wanda', { type: 'workspace.addUser', workspace: sales, via: 'model', model: id.model('fp') }, on('out'))
    expect(reasons.filter((r) => r.code === 'request.unknown_id')).toEqual([])
  })
})

describe('workspace assignment alone: the membership gate (F70)', () => {
  const open = act({ type: 'model.open' })
  const fp = resource.model(id.model('fp'))
  it('a world without a tenant names the tenant', () => {
    expect(askIn(undefined, subject.user(id.user('mia')), open, fp)).toEqual(unknown('tenant', 'tenant'))
  })
  it('an unknown user, by id', () => {
    expect(ask('ghost', open, fp)).toEqual(unknown('user', 'ghost'))
  })
  it('the scheduler, with the action', () => {
    expect(askIn(acme(), subject.scheduler, open, fp)).toEqual({ effect: 'deny', reasons: [{ code: 'request.subject_not_supported', subject: 'scheduler', action: 'model.open' }] })
  })
  it('a list of an unknown model, by id', () => {
    expect(ask('mia', act({ type: 'list.editStructure' }), resource.list(id.model('gone'), id.list('regions')))).toEqual(unknown('model', 'gone'))
  })
  it('the trace names the module', () => {
    expect(trace(compiled({ tenant: acme() }))(subject.user(id.user('mia')), open, fp).trace.map((entry) => entry.module)).toContain('workspaceAssignment')
  })
})

describe('workspace assignment alone: the last administrator (R32, I14)', () => {
  /** flat: mia a member, no administrator at all. */
  const flat = tenant([user('mia'), user('out')], [workspace('flat', member('mia'))])
  const demote = act({ type: 'workspace.setAdmin', workspace: id.workspace('flat'), admin: false })
  it('a member who demotes themself in a workspace without administrators is told only that they are none', () => {
    expect(askIn(flat, subject.user(id.user('mia')), demote, on('mia'))).toEqual({
      effect: 'deny',
      reasons: [{ code: 'workspace.admin_required', action: 'workspace.setAdmin', workspace: 'flat' }],
    })
  })
  it('demoting someone who is no member names that alone', () => {
    expect(ask('wanda', { type: 'workspace.setAdmin', workspace: sales, admin: false }, on('out'))).toEqual({
      effect: 'deny',
      reasons: [{ code: 'workspace.target_not_member', user: 'out', workspace: 'sales' }],
    })
  })
})
