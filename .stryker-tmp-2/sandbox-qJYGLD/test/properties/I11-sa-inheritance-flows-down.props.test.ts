// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource, subject } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { deciderOf, isAdmin, modelOf, rankOf, runs, withModel } from '../support/planning-props.js'

it('I11 SA inheritance flows down only: a child is at least its parent, and a child grant leaves the parent alone', () => {
  fc.assert(
    fc.property(planningWorld, fc.nat(), (world, pick) => {
      const model = modelOf(world)
      const m = id.model(model.id)
      const pairs = (model.lists ?? []).flatMap((list) =>
        (list.items ?? []).flatMap((item) => (item.parent === undefined || list.parent === undefined ? [] : [{ list: list.id, item: item.id, parentList: list.parent, parent: item.parent }])),
      )
      const saLists = new Set((model.lists ?? []).filter((l) => l.selectiveAccess === true).map((l) => l.id))
      const users = (model.assignments ?? []).filter((a) => a.role !== 'noAccess' && !(world.settings.workspaceAdminsBypassSelectiveAccess && isAdmin(world, a.user))).map((a) => a.user)
      const level = (decider: ReturnType<typeof deciderOf>, user: string, list: string, item: string) =>
        rankOf(decider(subject.user(id.user(user)), { type: 'listItem.read' }, resource.listItem(m, id.list(list), id.item(item))).level)
      const decider = deciderOf(world.input, world.settings)
      for (const user of users) for (const p of pairs) expect(level(decider, user, p.list, p.item)).toBeGreaterThanOrEqual(level(decider, user, p.parentList, p.parent))
      const child = pairs.filter((p) => saLists.has(p.list))[pick % Math.max(1, pairs.length)]
      const user = users[pick % Math.max(1, users.length)]
      if (child === undefined || user === undefined) return
      const granted = withModel(world, { ...model, selectiveAccess: [...(model.selectiveAccess ?? []), { user, list: child.list, item: child.item, level: 'write' }] })
      expect(level(deciderOf(granted.input, granted.settings), user, child.parentList, child.parent)).toBe(level(decider, user, child.parentList, child.parent))
    }),
    runs,
  )
})

it('I11 at the boundary: a parent granted Write and its child granted Read, the child reads at the parent level', () => {
  let reached = 0
  fc.assert(
    fc.property(planningWorld, fc.nat(), (world, pick) => {
      const model = modelOf(world)
      const m = id.model(model.id)
      const saLists = new Set((model.lists ?? []).filter((l) => l.selectiveAccess === true).map((l) => l.id))
      const pairs = (model.lists ?? []).flatMap((list) =>
        (list.items ?? []).flatMap((item) =>
          item.parent === undefined || list.parent === undefined || !saLists.has(list.id) ? [] : [{ list: list.id, item: item.id, parentList: list.parent, parent: item.parent }],
        ),
      )
      const users = (model.assignments ?? []).filter((a) => a.role !== 'noAccess' && !(world.settings.workspaceAdminsBypassSelectiveAccess && isAdmin(world, a.user))).map((a) => a.user)
      const pair = pairs[pick % Math.max(1, pairs.length)]
      const user = users[pick % Math.max(1, users.length)]
      if (pair === undefined || user === undefined) return
      const others = (model.selectiveAccess ?? []).filter((g) => g.user !== user)
      const grants = [...others, { user, list: pair.parentList, item: pair.parent, level: 'write' as const }, { user, list: pair.list, item: pair.item, level: 'read' as const }]
      const granted = withModel(world, { ...model, selectiveAccess: grants })
      const decider = deciderOf(granted.input, granted.settings)
      const level = (list: string, item: string) =>
        rankOf(decider(subject.user(id.user(user)), { type: 'listItem.read' }, resource.listItem(m, id.list(list), id.item(item))).level)
      reached++
      expect(level(pair.list, pair.item)).toBe(level(pair.parentList, pair.parent))
    }),
    runs,
  )
  expect(reached).toBeGreaterThan(0)
})
