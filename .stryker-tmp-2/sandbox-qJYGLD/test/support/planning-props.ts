// @ts-nocheck
import { decide, id, lattice, resource, subject, type CellResource, type ReadCell, type WriteCell, type Decider, type ModelInput, type Settings, type Subject, type WorldInput } from '../../src/index.js'
import type { PlanningWorld } from './arbitraries/planning.js'
import { compiled } from './compiled.js'

/** Property runs per invariant (kept modest: 2 shared cores). */
export const runs = { numRuns: 200 } as const

/** Compiles a generated world, failing loudly when the generator produced an invalid one. */
export const deciderOf = (input: WorldInput, settings: Settings): Decider => decide(compiled(input, settings))

/** The model of a generated world. */
export const modelOf = (world: PlanningWorld): ModelInput => {
  const model = world.input.tenant?.models[0]
  if (model === undefined) throw new Error('generated world has no model')
  return model
}

/** The world with its model replaced. */
export const withModel = (world: PlanningWorld, model: ModelInput): PlanningWorld => {
  const tenant = world.input.tenant
  if (tenant === undefined) throw new Error('generated world has no tenant')
  return { ...world, input: { ...world.input, tenant: { ...tenant, models: [model] } } }
}

/** The rank of a decision's access level. */
export const rankOf = (level: string): number => lattice.access.levels.findIndex((name) => name === level)

/** Every valid cell of every module of the model (the cross product of the module's lists' items). */
export const cellsOf = (model: ModelInput): readonly CellResource[] =>
  (model.modules ?? []).flatMap((module) => {
    let combos: Record<string, string>[] = [{}]
    for (const list of module.lists ?? []) {
      const items = (model.lists ?? []).find((l) => l.id === list)?.items ?? []
      combos = combos.flatMap((combo) => items.map((item) => ({ ...combo, [list]: item.id })))
    }
    return (module.lineItems ?? []).flatMap((lineItem) =>
      (model.versions ?? []).flatMap((version) =>
        combos.map((items) =>
          resource.cell({
            model: id.model(model.id),
            module: id.module(module.id),
            lineItem: id.lineItem(lineItem.id),
            version: id.version(version.id),
            items: Object.fromEntries(Object.entries(items).map(([l, i]) => [l, id.item(i)])),
          }),
        ),
      ),
    )
  })

/** Every actor of the world: each user and the alias. */
export const actorsOf = (world: PlanningWorld): readonly Subject[] => [
  subject.internalAlias,
  ...(world.input.tenant?.users ?? []).map((u) => subject.user(id.user(u.id))),
]

/** Whether a user is a workspace administrator of the model's workspace in the input. */
export const isAdmin = (world: PlanningWorld, user: string): boolean =>
  (world.input.tenant?.workspaces ?? []).some((ws) => (ws.members ?? []).some((m) => m.user === user && m.admin === true))

/** Every cell channel, reads and writes. */
export const cellActions: readonly (ReadCell | WriteCell)[] = [
  { type: 'cell.read', channel: 'interactive' },
  { type: 'cell.read', channel: 'export' },
  { type: 'cell.read', channel: 'importSource' },
  { type: 'cell.write', channel: 'interactive' },
  { type: 'cell.write', channel: 'fileImport' },
  { type: 'cell.write', channel: 'modelImport' },
]
