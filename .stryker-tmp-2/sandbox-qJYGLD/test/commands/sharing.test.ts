// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, id, resource } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { command, planningWorld } from '../support/commands.js'

describe('a command shares structure with the world it changes', () => {
  it('disabling one user copies that user and the path to it, and shares everything else', () => {
    const before = planningWorld()
    const result = apply(before, command('uma', { type: 'tenant.setAccountStatus', enabled: false }, resource.user(id.user('bob'))))
    if (result._tag === 'Left') throw new Error('rejected')
    const [old, next] = [snapshotOf(before).tenant!, snapshotOf(result.right.world).tenant!]
    expect(next.users).not.toBe(old.users)
    expect(next.users.get(id.user('bob'))).not.toBe(old.users.get(id.user('bob')))
    expect(next.users.get(id.user('mia'))).toBe(old.users.get(id.user('mia')))
    expect(next.workspaces).toBe(old.workspaces)
    expect(next.models).toBe(old.models)
    expect(snapshotOf(result.right.world).input).toBe(snapshotOf(before).input)
  })

  it('changing a role in one model shares the other models and every user', () => {
    const before = planningWorld()
    const result = apply(before, command('wanda', { type: 'workspace.setModelRole', model: id.model('bud'), role: id.role('fullAccess') }, resource.user(id.user('mia'))))
    if (result._tag === 'Left') throw new Error('rejected')
    const [old, next] = [snapshotOf(before).tenant!, snapshotOf(result.right.world).tenant!]
    expect(next.models.get(id.model('fp'))).toBe(old.models.get(id.model('fp')))
    expect(next.models.get(id.model('bud'))?.lists).toBe(old.models.get(id.model('bud'))?.lists)
    expect(next.users).toBe(old.users)
  })

  it('the new world is frozen all the way down', () => {
    const result = apply(planningWorld(), command('uma', { type: 'workspace.addUser', workspace: id.workspace('sales'), via: 'administration' }, resource.user(id.user('bob'))))
    if (result._tag === 'Left') throw new Error('rejected')
    const tenant = snapshotOf(result.right.world).tenant!
    expect(Object.isFrozen(tenant)).toBe(true)
    expect(Object.isFrozen(tenant.workspaces.get(id.workspace('sales'))?.members.get(id.user('bob')))).toBe(true)
    expect(() => (tenant.workspaces as unknown as Map<string, unknown>).set('x', 1)).toThrow(TypeError)
  })
})
