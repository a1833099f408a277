// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, compile, encode, id, resource, subject, type Command, type World } from '../../src/index.js'
import { t0 } from '../support/commands.js'

const compiled = compile({
  tenant: {
    users: [
      { id: 'tina', kind: 'internal', roles: ['tenantAdmin'] },
      { id: 'ivy', kind: 'internal', roles: ['integrationAdmin'] },
      { id: 'mia', kind: 'internal' },
    ],
    workspaces: [{ id: 'sales', members: [{ user: 'ivy', admin: true }, { user: 'mia' }] }],
    models: [{ id: 'fp', workspace: 'sales' }],
    integrations: [{ id: 'nightly', workspace: 'sales', restricted: false, createdBy: 'ivy' }],
  },
})
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const world: World = compiled.right
const nightly = resource.integration(id.integration('nightly'))
const runAs = (actor: string, user: string | null, minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'cloudworks.setRunAs', user: user === null ? null : id.user(user) },
  resource: nightly,
  at: t0 + minute * 60_000,
  tiebreak: minute,
})
const runAsOf = (w: World) => encode(w).tenant?.integrations?.[0]?.runAs

describe('cloudworks.setRunAs commands (R20, A32)', () => {
  it('A32 the integration administrator names themselves as the run-as user', () => {
    const result = apply(world, runAs('ivy', 'ivy'))
    expect(result._tag).toBe('Right')
    if (result._tag === 'Right') expect(runAsOf(result.right.world)).toBe('ivy')
  })

  it('A32 nobody names someone else, and the world stays as it was', () => {
    const result = apply(world, runAs('ivy', 'mia'))
    expect(result._tag).toBe('Left')
    expect(runAsOf(world)).toBeUndefined()
  })

  it('A32 a tenant administrator clears it, and the cleared world round-trips', () => {
    const set = apply(world, runAs('ivy', 'ivy', 1))
    if (set._tag === 'Left') throw new Error('rejected')
    const cleared = apply(set.right.world, runAs('tina', null, 2))
    expect(cleared._tag).toBe('Right')
    if (cleared._tag !== 'Right') return
    expect(runAsOf(cleared.right.world)).toBeUndefined()
    const again = compile(JSON.parse(JSON.stringify(encode(set.right.world))))
    expect(again._tag === 'Right' ? encode(again.right) : again.left).toEqual(encode(set.right.world))
  })
})
