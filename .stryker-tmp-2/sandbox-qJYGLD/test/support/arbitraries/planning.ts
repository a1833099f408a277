// @ts-nocheck
import fc from 'fast-check'
import { defaultSettings, type Access, type Action, type DriverInput, type ListInput, type ModelActionInput, type ModelInput, type ModuleInput, type Resource, type RoleInput, type Settings, type Subject, type WorldInput } from '../../../src/index.js'
import { id, resource, subject } from '../../../src/index.js'

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0]

const pick = <T>(g: Gen, values: readonly T[]): T => {
  const value = values[g(fc.nat, { max: values.length - 1 })]
  if (value === undefined) throw new Error('pick from an empty list')
  return value
}
const subset = <T>(g: Gen, values: readonly T[], max = values.length): T[] =>
  values.filter(() => g(fc.boolean)).slice(0, max)
const access = (g: Gen): Access => pick(g, ['none', 'read', 'write'] as const)
/** Item ids are shared between lists (grants must be keyed by list) and include prototype names. */
const itemIds = ['i0', 'i1', 'toString', 'i3'] as const

const lists = (g: Gen): ListInput[] => {
  const count = g(fc.nat, { max: 4 })
  const out: ListInput[] = []
  for (let l = 0; l < count; l++) {
    const parent = l > 0 && g(fc.boolean) ? out[g(fc.nat, { max: l - 1 })] : undefined
    const items = itemIds.slice(0, g(fc.nat, { max: 7 }) === 0 ? 0 : 1 + g(fc.nat, { max: 2 })).map((item) => {
      const parentItems = parent?.items ?? []
      const p = parentItems.length > 0 && g(fc.boolean) ? pick(g, parentItems).id : undefined
      return p === undefined ? { id: item } : { id: item, parent: p }
    })
    out.push({ id: `L${l}`, ...(parent === undefined ? {} : { parent: parent.id }), selectiveAccess: g(fc.boolean), items })
  }
  return out
}

/** Lists with selective access after the upward cascade (I12), computed the simple way. */
const cascaded = (all: readonly ListInput[]): Set<string> => {
  const on = new Set<string>()
  for (const list of all) {
    if (list.selectiveAccess !== true) continue
    for (let at: ListInput | undefined = list; at !== undefined; at = all.find((l) => l.id === at?.parent)) on.add(at.id)
  }
  return on
}

const drivers = (g: Gen, all: readonly ListInput[], users: readonly string[]): DriverInput[] =>
  Array.from({ length: g(fc.nat, { max: 3 }) }, (_, d) => {
    const dimensions = [...subset(g, all.map((l) => l.id), 2), ...(g(fc.boolean) ? ['users'] : [])]
    const seen = new Set<string>()
    const values = Array.from({ length: g(fc.nat, { max: 4 }) }, () => {
      const items: Record<string, string> = {}
      for (const dim of dimensions) {
        if (dim === 'users') continue
        const listItems = all.find((l) => l.id === dim)?.items ?? []
        if (listItems.length === 0) return undefined
        items[dim] = pick(g, listItems).id
      }
      const user = dimensions.includes('users') ? pick(g, users) : undefined
      const key = JSON.stringify([items, user])
      if (seen.has(key)) return undefined
      seen.add(key)
      return { ...(Object.keys(items).length > 0 ? { items } : {}), ...(user === undefined ? {} : { user }), value: g(fc.boolean) }
    }).filter((v) => v !== undefined)
    const id = `D${d}`
    const sizes = dimensions.map((dim) => all.find((l) => l.id === dim)?.items?.length ?? 0)
    const cells = sizes.reduce((n, size) => n * size, 1)
    // The compact forms (docs/wire-format.md): a bitmap over lists only, or a default with the values as exceptions.
    if (dimensions.length > 0 && !dimensions.includes('users') && cells > 0 && g(fc.nat, { max: 3 }) === 0) return { id, dimensions, bitmap: bitmapOf(g, cells) }
    return { id, dimensions, values, ...(g(fc.nat, { max: 2 }) === 0 ? { default: g(fc.boolean) } : {}) }
  })

/** Random bits for `cells` cells as base64, the unused bits of the last byte 0. */
const bitmapOf = (g: Gen, cells: number): string => {
  const bytes = Uint8Array.from({ length: Math.ceil(cells / 8) }, () => g(fc.nat, { max: 255 }))
  if (cells % 8 !== 0) bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) & ((1 << cells % 8) - 1)
  return Buffer.from(bytes).toString('base64')
}

const modules = (g: Gen, all: readonly ListInput[], driverInputs: readonly DriverInput[]): ModuleInput[] =>
  Array.from({ length: 1 + g(fc.nat, { max: 2 }) }, (_, m) => {
    const dims = subset(g, all.map((l) => l.id), 3)
    const usable = driverInputs.filter((d) => (d.dimensions ?? []).every((dim) => dim === 'users' || dims.includes(dim))).map((d) => d.id)
    const driver = () => (usable.length > 0 && g(fc.boolean) ? pick(g, usable) : undefined)
    const lineItems = Array.from({ length: 1 + g(fc.nat, { max: 1 }) }, (_, i) => {
      const readDriver = driver()
      const writeDriver = driver()
      return { id: `LI${i}`, ...(readDriver === undefined ? {} : { readDriver }), ...(writeDriver === undefined ? {} : { writeDriver }) }
    })
    return { id: `M${m}`, lists: dims, lineItems }
  })

const actions = (g: Gen, users: readonly string[], moduleIds: readonly string[], listIds: readonly string[]): ModelActionInput[] =>
  Array.from({ length: 1 + g(fc.nat, { max: 2 }) }, (_, a) => {
    const kind = pick(g, ['import', 'export', 'process', 'orderList', 'updateCurrentPeriod'] as const)
    const visibility = pick(g, ['everyone', 'private', 'workspaceAdmins'] as const)
    const endpoint = () => {
      const k = g(fc.nat, { max: 2 })
      return k === 1 && moduleIds.length > 0 ? { module: pick(g, moduleIds) } : k === 2 && listIds.length > 0 ? { list: pick(g, listIds) } : { file: true as const }
    }
    return { id: `A${a}`, kind, visibility, createdBy: pick(g, users), ...(kind === 'import' || kind === 'export' ? { source: endpoint(), target: endpoint() } : {}) }
  })

const roles = (g: Gen, moduleIds: readonly string[], versionIds: readonly string[], listIds: readonly string[], actionIds: readonly string[]): RoleInput[] =>
  Array.from({ length: g(fc.nat, { max: 2 }) }, (_, r) => ({
    id: `R${r}`,
    modules: Object.fromEntries(subset(g, moduleIds).map((m) => [m, access(g)])),
    versions: Object.fromEntries(subset(g, versionIds).map((v) => [v, access(g)])),
    lists: subset(g, listIds),
    actions: subset(g, actionIds),
  }))

/** A generated planning world with its settings. */
export interface PlanningWorld {
  readonly input: WorldInput
  readonly settings: Settings
}

/**
 * Random planning worlds (spec §7): a forest of lists with SA flags and item parents, custom roles,
 * modules over 0–3 lists, drivers (some with a `users` dimension), SA grants, an optional alias entry,
 * workspace administrators, members and non-members, disabled accounts, and both settings.
 */
export const planningWorld: fc.Arbitrary<PlanningWorld> = fc.gen().map((g) => {
  const users = Array.from({ length: 1 + g(fc.nat, { max: 3 }) }, (_, u) => `U${u}`)
  const listInputs = lists(g)
  const listIds = listInputs.map((l) => l.id)
  const versionIds = ['V0', 'V1'].slice(0, 1 + g(fc.nat, { max: 1 }))
  const driverInputs = drivers(g, listInputs, users)
  const moduleInputs = modules(g, listInputs, driverInputs)
  const actionInputs = actions(g, users, moduleInputs.map((m) => m.id), listIds)
  const roleInputs = roles(g, moduleInputs.map((m) => m.id), versionIds, listIds, actionInputs.map((a) => a.id))
  const roleIds = ['fullAccess', 'noAccess', ...roleInputs.map((r) => r.id)]
  const saLists = listInputs.filter((l) => cascaded(listInputs).has(l.id) && (l.items ?? []).length > 0)
  const grant = () => {
    const list = pick(g, saLists)
    return { list: list.id, item: pick(g, list.items ?? []).id, level: pick(g, ['read', 'write'] as const) }
  }
  const grants = saLists.length === 0 ? [] : Array.from({ length: g(fc.nat, { max: 6 }) }, () => ({ user: pick(g, users), ...grant() }))
  const alias = g(fc.boolean) ? { selectiveAccess: saLists.length === 0 ? [] : Array.from({ length: g(fc.nat, { max: 3 }) }, grant) } : undefined
  const model: ModelInput = {
    id: 'm',
    workspace: 'ws',
    roles: roleInputs,
    assignments: users.filter(() => g(fc.nat, { max: 3 }) > 0).map((user) => ({ user, role: pick(g, roleIds) })),
    lists: listInputs,
    versions: versionIds.map((v) => ({ id: v })),
    modules: moduleInputs,
    drivers: driverInputs,
    actions: actionInputs,
    selectiveAccess: grants,
    ...(alias === undefined ? {} : { internalAlias: alias }),
  }
  return {
    input: {
      tenant: {
        users: users.map((u) => ({ id: u, kind: 'internal' as const, enabled: g(fc.nat, { max: 5 }) > 0 })),
        workspaces: [{ id: 'ws', members: users.filter(() => g(fc.nat, { max: 4 }) > 0).map((user) => ({ user, admin: g(fc.nat, { max: 3 }) === 0 })) }],
        models: [model],
      },
    },
    settings: {
      ...defaultSettings,
      workspaceAdminsBypassSelectiveAccess: g(fc.nat, { max: 3 }) > 0,
      writeDriverAloneFalse: pick(g, ['read', 'none'] as const),
    },
  }
})

/** A question about a generated world: who asks, what, and about which resource. */
export interface PlanningRequest {
  readonly subject: Subject
  readonly action: Action
  readonly resource: Resource
}

const m = id.model('m')

/** One random request over a world: mostly valid ids, sometimes unknown or missing ones. */
const planningRequest = (g: Gen, world: PlanningWorld): PlanningRequest => {
    const model = world.input.tenant?.models[0] ?? { id: 'm', workspace: 'ws' }
    const users = (world.input.tenant?.users ?? []).map((u) => u.id)
    const who: Subject = g(fc.nat, { max: 4 }) === 0 ? subject.internalAlias : subject.user(id.user(g(fc.nat, { max: 19 }) === 0 ? 'ghost' : pick(g, users)))
    const wrong = g(fc.nat, { max: 14 }) === 0
    const allLists = model.lists ?? []
    const kind = g(fc.nat, { max: 5 })
    if (kind <= 2) {
      const module = pick(g, model.modules ?? [{ id: 'M0' }])
      const items: Record<string, string> = {}
      for (const list of module.lists ?? []) {
        const listItems = (allLists.find((l) => l.id === list)?.items ?? []).map((i) => i.id)
        if (listItems.length > 0 && !(wrong && g(fc.boolean))) items[list] = pick(g, listItems)
      }
      const cell = resource.cell({
        model: wrong && g(fc.boolean) ? id.model('other') : m,
        module: id.module(module.id),
        lineItem: id.lineItem(wrong && g(fc.boolean) ? 'nope' : pick(g, (module.lineItems ?? [{ id: 'LI0' }]).map((l) => l.id))),
        version: id.version(wrong && g(fc.boolean) ? 'V9' : pick(g, (model.versions ?? [{ id: 'V0' }]).map((v) => v.id))),
        items: Object.fromEntries(Object.entries(items).map(([l, i]) => [l, id.item(i)])),
      })
      const action: Action = g(fc.boolean)
        ? { type: 'cell.read', channel: pick(g, ['interactive', 'export', 'importSource'] as const) }
        : { type: 'cell.write', channel: pick(g, ['interactive', 'fileImport', 'modelImport'] as const) }
      return { subject: who, action, resource: cell }
    }
    const list = allLists.length > 0 && !wrong ? pick(g, allLists) : { id: 'nolist', items: [] }
    if (kind === 3) {
      const item = (list.items ?? []).length > 0 ? pick(g, list.items ?? []).id : 'noitem'
      return { subject: who, action: { type: g(fc.boolean) ? 'listItem.read' : 'listItem.write' }, resource: resource.listItem(m, id.list(list.id), id.item(item)) }
    }
    if (kind === 4)
      return g(fc.boolean)
        ? { subject: who, action: { type: 'list.editStructure' }, resource: resource.list(m, id.list(list.id)) }
        : { subject: who, action: { type: 'model.open' }, resource: resource.model(wrong ? id.model('other') : m) }
    const action = (model.actions ?? []).length > 0 && !wrong ? pick(g, model.actions ?? []).id : 'noaction'
    return { subject: who, action: { type: 'modelAction.run' }, resource: resource.modelAction(m, id.modelAction(action)) }
}

/**
 * `count` random requests over a world (one generator for all of them: arrays of `fc.gen()` values
 * would repeat one value).
 */
export const planningRequests = (world: PlanningWorld, count: number): fc.Arbitrary<readonly PlanningRequest[]> =>
  fc.gen().map((g) => Array.from({ length: count }, () => planningRequest(g, world)))

