// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, compile, decide, encode, id, resource, subject, type Command, type Subject, type World } from '../../src/index.js'
import { t0 } from '../support/commands.js'

const compiled = compile({
  tenant: {
    users: [
      { id: 'rita', kind: 'internal', restrictedIntegrationWorkspaces: ['sales'] },
      { id: 'rob', kind: 'internal', restrictedIntegrationWorkspaces: ['sales'] },
      { id: 'ivy', kind: 'internal', roles: ['integrationAdmin'] },
      { id: 'otto', kind: 'internal', restrictedIntegrationWorkspaces: ['ops'] },
    ],
    workspaces: [
      { id: 'sales', members: [{ user: 'rita' }, { user: 'rob' }, { user: 'ivy', admin: true }] },
      { id: 'ops', members: [{ user: 'otto' }] },
    ],
    models: [{ id: 'fp', workspace: 'sales' }],
    integrations: [
      { id: 'restricted', workspace: 'sales', restricted: true, createdBy: 'rob' },
      { id: 'shared', workspace: 'sales', restricted: false, createdBy: 'ivy' },
      { id: 'pinned', workspace: 'sales', restricted: true, createdBy: 'rob', runAs: 'rob', lastRunBy: 'rob' },
    ],
  },
})
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const world: World = compiled.right

const run = (trigger: Subject, integration: string, minute = 0): Command => ({
  actor: trigger,
  action: { type: 'cloudworks.run' },
  resource: resource.integration(id.integration(integration)),
  at: t0 + minute * 60_000,
  tiebreak: minute,
})
const user = (name: string): Subject => subject.user(id.user(name))
const lastRunBy = (w: World, integration: string) => encode(w).tenant?.integrations?.find((i) => i.id === integration)?.lastRunBy
const scheduled = (w: World, integration: string) => decide(w)(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration(integration)))

describe('cloudworks.run commands: a manual run records its runner (A31)', () => {
  it('A31 a scheduled run of a restricted integration nobody ran by hand is denied', () => {
    expect(scheduled(world, 'restricted').reasons.map((r) => r.code)).toEqual(['integration_roles.no_last_runner'])
  })

  it('A31 an RIU with scope runs it by hand: they become the last runner, and the next scheduled run acts as them (I31)', () => {
    const result = apply(world, run(user('rita'), 'restricted'))
    expect(result._tag).toBe('Right')
    if (result._tag !== 'Right') return
    expect(result.right.decision?.actor).toEqual(user('rita'))
    expect(lastRunBy(result.right.world, 'restricted')).toBe('rita')
    expect(scheduled(result.right.world, 'restricted')).toMatchObject({ effect: 'allow', actor: user('rita') })
  })

  it('A31 the last manual run wins: a later run by another RIU takes over', () => {
    const first = apply(world, run(user('rita'), 'restricted', 1))
    if (first._tag === 'Left') throw new Error('rejected')
    const second = apply(first.right.world, run(user('rob'), 'restricted', 2))
    expect(second._tag === 'Right' && lastRunBy(second.right.world, 'restricted')).toBe('rob')
  })

  it('I26 an RIU without the workspace cannot run it, and the world stays exactly as it was', () => {
    const result = apply(world, run(user('otto'), 'restricted'))
    expect(result._tag).toBe('Left')
    expect(lastRunBy(world, 'restricted')).toBeUndefined()
  })

  it.each([
    ['a scheduled run (it acts as the last runner; nothing to record)', subject.scheduler, 'pinned'],
    ['a run of an unrestricted integration (it acts as Internal (Full Access), A44)', user('ivy'), 'shared'],
    ['a run that acts as its run-as user, not as the one who ran it (A32)', user('rita'), 'pinned'],
  ])('%s is allowed and records nothing: the same world comes back', (_, trigger, integration) => {
    const result = apply(world, run(trigger, integration))
    expect(result._tag).toBe('Right')
    if (result._tag === 'Right') expect(result.right.world).toBe(world)
  })
})
