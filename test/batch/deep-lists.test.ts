// decideCells computes selective-access levels down a hierarchy of lists in a loop: a chain of 100,000 lists gives a grid, not a RangeError.
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { compile, decide, decideCells, id, resource, subject, type ModelInput, type World } from '../../src/index.js'
import { planningTenant } from '../support/planning-world.js'

const depth = 100_000
const deepest = `l${depth - 1}`

/** A chain of lists, each the parent of the next, one item each; the deepest has selective access (so all have, A29) and dimensions the module. */
const model = (grants: NonNullable<ModelInput['selectiveAccess']>): ModelInput => ({
  id: 'fp',
  workspace: 'ws',
  roles: [{ id: 'planner', modules: { deep: 'write' }, versions: { v: 'write' } }],
  assignments: [
    { user: 'ana', role: 'planner' },
    { user: 'bea', role: 'planner' },
  ],
  lists: Array.from({ length: depth }, (_, i) => ({
    id: `l${i}`,
    ...(i === 0 ? {} : { parent: `l${i - 1}` }),
    items: [{ id: `i${i}`, ...(i === 0 ? {} : { parent: `i${i - 1}` }) }],
    ...(i === depth - 1 ? { selectiveAccess: true } : {}),
  })),
  versions: [{ id: 'v' }],
  modules: [{ id: 'deep', lists: [deepest], lineItems: [{ id: 'li' }] }],
  selectiveAccess: grants,
})

const world: World = (() => {
  const result = compile({ tenant: planningTenant(model([{ user: 'ana', list: 'l0', item: 'i0', level: 'read' }])) })
  if (!isRight(result)) throw new Error(JSON.stringify(result.left.slice(0, 3)))
  return result.right
})()

const slice = { model: id.model('fp'), module: id.module('deep'), lineItem: id.lineItem('li'), version: id.version('v') }
const read = { type: 'cell.read', channel: 'interactive' } as const
const write = { type: 'cell.write', channel: 'interactive' } as const

describe(`decideCells over a hierarchy of ${depth} lists`, () => {
  it('a grant on the top item reaches the deepest item through every list between (F45c, A29), as decide says', () => {
    const ana = subject.user(id.user('ana'))
    const cell = resource.cell({ ...slice, items: { [deepest]: id.item(`i${depth - 1}`) } })
    expect(decideCells(world)(ana, read, slice).count()).toBe(1)
    expect(decide(world)(ana, read, cell).effect).toBe('allow')
    expect(decideCells(world)(ana, write, slice).count()).toBe(0)
    expect(decide(world)(ana, write, cell).effect).toBe('deny')
  })

  it('a user without grants reads nothing', () => {
    expect(decideCells(world)(subject.user(id.user('bea')), read, slice).count()).toBe(0)
  })
})
