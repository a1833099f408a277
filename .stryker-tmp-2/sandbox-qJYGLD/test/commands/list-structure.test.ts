// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { apply, commandCodec, codecs, decide, encode, id, resource, subject, type Command, type ListEdit, type World } from '../../src/index.js'
import { t0 } from '../support/commands.js'
import { compiled } from '../support/compiled.js'

const world: World = compiled({
  tenant: {
    users: ['wanda', 'mia', 'lee'].map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'sales', members: [{ user: 'wanda', admin: true }, { user: 'mia' }, { user: 'lee' }] }],
    models: [
      {
        id: 'fp',
        workspace: 'sales',
        roles: [{ id: 'editor', lists: ['regions'], modules: { m: 'write' } }, { id: 'reader', modules: { m: 'read' } }],
        assignments: [{ user: 'wanda', role: 'fullAccess' }, { user: 'mia', role: 'editor' }, { user: 'lee', role: 'reader' }],
        lists: [
          { id: 'regions', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'apac' }] },
          { id: 'countries', parent: 'regions', items: [{ id: 'fr', parent: 'emea' }, { id: 'jp', parent: 'apac' }] },
        ],
        modules: [{ id: 'm', lists: ['regions'], lineItems: [{ id: 'x', writeDriver: 'open' }] }],
        versions: [{ id: 'actual' }],
        drivers: [{ id: 'open', dimensions: ['regions'], values: [{ items: { regions: 'emea' }, value: true }, { items: { regions: 'apac' }, value: true }] }],
        selectiveAccess: [
          { user: 'mia', list: 'regions', item: 'emea', level: 'write' },
          { user: 'lee', list: 'regions', item: 'apac', level: 'read' },
        ],
        internalAlias: { selectiveAccess: [{ list: 'regions', item: 'apac', level: 'read' }] },
      },
    ],
  },
})
const regions = resource.list(id.model('fp'), id.list('regions'))
const countries = resource.list(id.model('fp'), id.list('countries'))
const edit = (actor: string, target: typeof regions, change: ListEdit, minute = 0): Command => ({
  actor: subject.user(id.user(actor)),
  action: { type: 'list.editStructure' },
  resource: target,
  at: t0 + minute * 60_000,
  tiebreak: minute,
  edit: change,
})
const model = (w: World) => encode(w).tenant?.models[0]
const cell = (item: string) => resource.cell({ model: id.model('fp'), module: id.module('m'), lineItem: id.lineItem('x'), version: id.version('actual'), items: { regions: id.item(item) } })

describe('list.editStructure commands (F39, A23)', () => {
  it('F39 a role with the list permission adds an item; it starts without grants or driver values (I13)', () => {
    const r = apply(world, edit('mia', regions, { add: [{ id: id.item('amer') }] }))
    if (r._tag === 'Left') throw new Error(r.left.reasons.map((x) => x.code).join())
    expect(r.right.reasons.map((x) => x.code)).toEqual(['model_roles.list_permission'])
    expect(model(r.right.world)?.lists?.[0]?.items).toEqual([{ id: 'emea' }, { id: 'apac' }, { id: 'amer' }])
    expect(decide(r.right.world)(subject.user(id.user('mia')), { type: 'cell.write', channel: 'interactive' }, cell('amer')).effect).toBe('deny')
  })

  it('F39 without the list permission the edit is denied and the world is unchanged', () => {
    const r = apply(world, edit('lee', regions, { add: [{ id: id.item('amer') }] }))
    expect(r._tag === 'Left' ? r.left.reasons.map((x) => x.code) : []).toEqual(['model_roles.list_not_permitted'])
  })

  it('removing an item drops its selective-access grants, the alias\'s, and its driver values', () => {
    const moved = apply(world, edit('wanda', countries, { remove: [id.item('jp')] }))
    if (moved._tag === 'Left') throw new Error(moved.left.reasons.map((x) => x.code).join())
    const r = apply(moved.right.world, edit('wanda', regions, { remove: [id.item('apac')] }, 1))
    if (r._tag === 'Left') throw new Error(r.left.reasons.map((x) => x.code).join())
    const after = model(r.right.world)
    expect(after?.lists?.map((l) => l.items)).toEqual([[{ id: 'emea' }], [{ id: 'fr', parent: 'emea' }]])
    expect(after?.selectiveAccess).toEqual([{ user: 'mia', list: 'regions', item: 'emea', level: 'write' }])
    expect(after?.internalAlias).toEqual({ selectiveAccess: [] })
    expect(after?.drivers).toEqual([{ id: 'open', dimensions: ['regions'], values: [{ items: { regions: 'emea' }, value: true }] }])
  })

  it('re-parenting moves an item under another parent item', () => {
    const r = apply(world, edit('wanda', countries, { reparent: [{ id: id.item('jp'), parent: id.item('emea') }] }))
    if (r._tag === 'Left') throw new Error(r.left.reasons.map((x) => x.code).join())
    expect(model(r.right.world)?.lists?.[1]?.items).toEqual([{ id: 'fr', parent: 'emea' }, { id: 'jp', parent: 'emea' }])
  })

  it.each([
    ['removing a parent item that still has children (a dangling parent)', regions, { remove: [id.item('apac')] }],
    ['an item added twice', regions, { add: [{ id: id.item('emea') }] }],
    ['a parent item that does not exist', countries, { reparent: [{ id: id.item('jp'), parent: id.item('mars') }] }],
    ['removing an item that is not there', regions, { remove: [id.item('mars')] }],
  ] as const)('commands.integrity: %s is refused, naming the field', (_title, target, change) => {
    const r = apply(world, edit('wanda', target, change))
    expect(r._tag === 'Left' ? r.left.reasons.map((x) => x.code) : []).toEqual(['commands.integrity'])
  })

  it('the codec requires `edit` on a list structure edit and names a bad field', () => {
    const wire = { actor: { kind: 'user', id: 'wanda' }, action: { type: 'list.editStructure' }, resource: { kind: 'list', model: 'fp', list: 'regions' }, at: t0, tiebreak: 1 }
    const errors = (u: unknown) => {
      const d = commandCodec.decode(u)
      return d._tag === 'Left' ? codecs.report(d.left) : []
    }
    expect(errors(wire).map((e) => e.path)).toEqual(['edit'])
    expect(errors({ ...wire, edit: { remove: [1] } }).map((e) => e.path)).toEqual(['edit.remove[0]'])
    expect(commandCodec.decode({ ...wire, edit: { add: [{ id: 'amer' }] } })._tag).toBe('Right')
  })
})
