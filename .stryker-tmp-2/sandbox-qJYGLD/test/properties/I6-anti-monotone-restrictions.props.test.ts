// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, subject, type Access, type ModelInput } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { cellActions, cellsOf, deciderOf, isAdmin, modelOf, rankOf, runs, withModel } from '../support/planning-props.js'

const lower = (access: Access): Access => (access === 'write' ? 'read' : 'none')

/** One restriction of §5 I6, chosen by `k` and `n`; the model unchanged when it does not apply. */
/** A bitmap driver with bit `bit` of its first byte cleared: that cell set to FALSE (or an unused bit, changing nothing). */
const clearBit = (bitmap: string, bit: number): string => {
  const bytes = Buffer.from(bitmap, 'base64')
  bytes[0] = (bytes[0] ?? 0) & ~(1 << bit)
  return bytes.toString('base64')
}

const restrict = (model: ModelInput, k: number, n: number): ModelInput => {
  switch (k % 5) {
    case 0: // lower a module or version permission of a custom role
      return {
        ...model,
        roles: (model.roles ?? []).map((role, r) =>
          r !== n % Math.max(1, (model.roles ?? []).length)
            ? role
            : {
                ...role,
                modules: Object.fromEntries(Object.entries(role.modules ?? {}).map(([m, a], i) => [m, i === n % 3 ? lower(a) : a])),
                versions: Object.fromEntries(Object.entries(role.versions ?? {}).map(([v, a], i) => [v, i === n % 2 ? lower(a) : a])),
              },
        ),
      }
    case 1: // enable selective access on a list
      return { ...model, lists: (model.lists ?? []).map((l, i) => (i === n % Math.max(1, (model.lists ?? []).length) ? { ...l, selectiveAccess: true } : l)) }
    case 2: // remove a selective-access grant
      return { ...model, selectiveAccess: (model.selectiveAccess ?? []).filter((_, i) => i !== n % Math.max(1, (model.selectiveAccess ?? []).length)) }
    case 3: {
      // add a driver: a global FALSE read driver on one line item
      const drivers = [...(model.drivers ?? []), { id: 'Dnew', values: [] }]
      const modules = (model.modules ?? []).map((m, i) =>
        i !== n % Math.max(1, (model.modules ?? []).length)
          ? m
          : { ...m, lineItems: (m.lineItems ?? []).map((li) => (li.readDriver === undefined ? { ...li, readDriver: 'Dnew' } : li)) },
      )
      return { ...model, drivers, modules }
    }
    default: // set a driver cell to FALSE
      return {
        ...model,
        drivers: (model.drivers ?? []).map((d) =>
          d.bitmap === undefined ? { ...d, values: (d.values ?? []).map((v, i) => (i === n % 4 ? { ...v, value: false } : v)) } : { ...d, bitmap: clearBit(d.bitmap, n % 8) },
        ),
      }
  }
}

it('I6 anti-monotone in restrictions: no restriction raises a non-WSA cell level', () => {
  fc.assert(
    fc.property(planningWorld, fc.nat(), fc.nat(), (world, k, n) => {
      const model = modelOf(world)
      const restricted = withModel(world, restrict(model, k, n))
      const before = deciderOf(world.input, world.settings)
      const after = deciderOf(restricted.input, restricted.settings)
      for (const user of (world.input.tenant?.users ?? []).map((u) => u.id).filter((u) => !isAdmin(world, u)))
        for (const cell of cellsOf(model).slice(0, 24))
          for (const action of cellActions) {
            const who = subject.user(id.user(user))
            expect(rankOf(after(who, action, cell).level)).toBeLessThanOrEqual(rankOf(before(who, action, cell).level))
          }
    }),
    runs,
  )
})
