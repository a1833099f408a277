// @ts-nocheck
import { expect, test } from 'vitest'
import { compile, id, type SelectiveAccessInput, type WorldInput } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { compiled } from '../support/compiled.js'

const worldWith = (selectiveAccess: SelectiveAccessInput[]): WorldInput => ({
  tenant: {
    users: [{ id: 'ana', kind: 'internal' }, { id: 'bo', kind: 'internal' }],
    workspaces: [{ id: 'w', members: [{ user: 'ana' }, { user: 'bo' }] }],
    models: [{ id: 'm', workspace: 'w', lists: [{ id: 'region', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] }], selectiveAccess }],
  },
})

const grantsOf = (world: WorldInput) =>
  Object.fromEntries([...(snapshotOf(compiled(world)).tenant?.models.get(id.model('m'))?.selectiveAccess ?? [])].map(([user, lists]) => [user, [...(lists.get(id.list('region')) ?? [])]]))

test('grants merge by user wherever they stand in the input, a user’s grants taking turns with another’s, the higher of two on one item kept', () => {
  const grant = (user: string, item: string, level: 'read' | 'write'): SelectiveAccessInput => ({ user, list: 'region', item, level })
  const world = worldWith([grant('ana', 'emea', 'read'), grant('bo', 'emea', 'write'), grant('ana', 'apac', 'write'), grant('bo', 'apac', 'read'), grant('ana', 'emea', 'write'), grant('ana', 'apac', 'read')])
  expect(grantsOf(world)).toEqual({ ana: [['emea', 2], ['apac', 2]], bo: [['emea', 2], ['apac', 1]] })
})

test('each grant of an unknown user is reported at its path, two in a row included, between grants of a known user', () => {
  const grant = (user: string, item: string): SelectiveAccessInput => ({ user, list: 'region', item, level: 'read' })
  const result = compile(worldWith([grant('ana', 'emea'), grant('ghost', 'emea'), grant('ghost', 'apac'), grant('ana', 'apac')]))
  expect(result._tag === 'Left' ? result.left.map((e) => [e.code, e.path]) : []).toEqual([
    ['dangling_reference', 'tenant.models[0].selectiveAccess[1].user'],
    ['dangling_reference', 'tenant.models[0].selectiveAccess[2].user'],
  ])
})
