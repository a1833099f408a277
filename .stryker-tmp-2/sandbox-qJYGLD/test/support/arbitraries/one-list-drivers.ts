// @ts-nocheck
import fc from 'fast-check'
import type { DriverInput, ModuleInput } from '../../../src/index.js'
import { modelOf, withModel } from '../planning-props.js'
import type { PlanningWorld } from './planning.js'

/**
 * The world with two more drivers over one list of a module (each with its own values) driving that
 * module's line items at random: a decider then reads two drivers' tables of the same list, item by
 * item. The world unchanged when no module has a list with items.
 */
export const withOneListDrivers = (world: PlanningWorld): fc.Arbitrary<PlanningWorld> =>
  fc.gen().map((g) => {
    const model = modelOf(world)
    const listsWithItems = (model.lists ?? []).filter((l) => (l.items ?? []).length > 0)
    const modules = model.modules ?? []
    const at = modules.findIndex((m) => (m.lists ?? []).some((l) => listsWithItems.some((w) => w.id === l)))
    const module = modules[at]
    if (module === undefined) return world
    const candidates = listsWithItems.filter((l) => (module.lists ?? []).includes(l.id))
    const list = candidates[g(fc.nat, { max: candidates.length - 1 })]
    if (list === undefined) return world
    const drivers: DriverInput[] = ['DX', 'DY'].map((driver) => ({
      id: driver,
      dimensions: [list.id],
      values: (list.items ?? []).filter(() => g(fc.nat, { max: 3 }) > 0).map((item) => ({ items: { [list.id]: item.id }, value: g(fc.boolean) })),
    }))
    const driverOf = (): string | undefined => [undefined, 'DX', 'DY'][g(fc.nat, { max: 2 })]
    const driven: ModuleInput = {
      ...module,
      lineItems: (module.lineItems ?? []).map((lineItem) => {
        const readDriver = driverOf()
        const writeDriver = driverOf()
        return { id: lineItem.id, ...(readDriver === undefined ? {} : { readDriver }), ...(writeDriver === undefined ? {} : { writeDriver }) }
      }),
    }
    return withModel(world, { ...model, drivers: [...(model.drivers ?? []), ...drivers], modules: modules.map((m, i) => (i === at ? driven : m)) })
  })
