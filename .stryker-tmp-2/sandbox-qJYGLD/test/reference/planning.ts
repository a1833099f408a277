/**
 * A deliberately naive reference decider for the planning data layers, read straight from the world
 * *input*: linear scans, no indexes, ancestors recomputed by walking parents, selective access cascaded
 * by walking the list forest. It mirrors the specification (§4.3, F37–F56, F49, A1–A3, A18–A20,
 * A25–A27, A33, A40), not the engine's code, and the differential property checks one against the other.
 */
// @ts-nocheck

import type { Access, Action, ModelInput, Resource, Settings, Subject, TenantInput, WorldInput } from '../../src/index.js'

/** The reference's answer: the fields the differential compares. */
export interface ReferenceDecision {
  readonly effect: 'allow' | 'deny'
  readonly level: string
  readonly reasons: readonly string[]
  readonly warnings: readonly string[]
}

/**
 * Options: whether to apply the tenant layers (the `workspaceAssignment` membership gate and its grant
 * of `model.open` to workspace administrators, and the `tenantRoles` disabled-account cap).
 */
export interface ReferenceOptions {
  readonly membershipGate: boolean
}

/** The actions the reference knows: the planning data acts and opening a model. */
export type PlanningAction = Extract<Action, { readonly type: 'cell.read' | 'cell.write' | 'listItem.read' | 'listItem.write' | 'list.editStructure' | 'model.open' | 'modelAction.run' }>
const planningTypes: ReadonlySet<string> = new Set(['cell.read', 'cell.write', 'listItem.read', 'listItem.write', 'list.editStructure', 'model.open', 'modelAction.run'])
const isPlanning = (action: Action): action is PlanningAction => planningTypes.has(action.type)

type V = { readonly kind: 'grant' | 'cap' | 'warn'; readonly level: number; readonly code: string }
const grant = (level: number, code: string): V => ({ kind: 'grant', level, code })
const cap = (level: number, code: string): V => ({ kind: 'cap', level, code })
const warn = (code: string): V => ({ kind: 'warn', level: 0, code })
const unknown = (): V[] => [cap(0, 'request.unknown_id')]

const rank = (access: Access | undefined): number => (access === 'write' ? 2 : access === 'read' ? 1 : 0)
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined

/** Whether a list has selective access: its own flag, or any list below it in the forest has it (A29). */
const hasSA = (model: ModelInput, listId: string): boolean =>
  (model.lists ?? []).some((list) => {
    for (let at: string | undefined = list.id; at !== undefined; at = (model.lists ?? []).find((l) => l.id === at)?.parent) {
      if (at === listId) return list.selectiveAccess === true
    }
    return false
  })

type Who = { readonly kind: 'user'; readonly id: string } | { readonly kind: 'alias' }

const explicit = (model: ModelInput, who: Who, list: string, item: string): number => {
  const rows = who.kind === 'user' ? (model.selectiveAccess ?? []).filter((g) => g.user === who.id) : (model.internalAlias?.selectiveAccess ?? [])
  return rows.filter((g) => g.list === list && g.item === item).reduce((best, g) => Math.max(best, rank(g.level)), 0)
}

/** max(own, ancestors') by walking the item's parents through the list's parents (F45). */
const saLevel = (model: ModelInput, who: Who, listId: string, itemId: string): number => {
  let level = 0
  let list = (model.lists ?? []).find((l) => l.id === listId)
  let item: string | undefined = itemId
  while (list !== undefined && item !== undefined) {
    level = Math.max(level, explicit(model, who, list.id, item))
    const parentItem: string | undefined = (list.items ?? []).find((i) => i.id === item)?.parent
    const parentList: string | undefined = list.parent
    list = (model.lists ?? []).find((l) => l.id === parentList)
    item = parentItem
  }
  return level
}

const isWsa = (tenant: TenantInput, model: ModelInput, who: Who): boolean =>
  who.kind === 'user' &&
  tenant.workspaces.some((ws) => ws.id === model.workspace && (ws.members ?? []).some((m) => m.user === who.id && m.admin === true))

const roleVerdicts = (model: ModelInput, who: Who, top: number, custom: (role: NonNullable<ModelInput['roles']>[number]) => V[]): V[] => {
  if (who.kind === 'alias') return model.internalAlias === undefined ? [cap(0, 'model_roles.internal_alias_absent')] : [grant(top, 'model_roles.internal_alias')]
  const assignment = (model.assignments ?? []).find((a) => a.user === who.id)
  if (assignment === undefined) return [cap(0, 'model_roles.no_role')]
  if (assignment.role === 'noAccess') return [cap(0, 'model_roles.no_access')]
  if (assignment.role === 'fullAccess') return [grant(top, 'model_roles.full_access')]
  const role = (model.roles ?? []).find((r) => r.id === assignment.role)
  return role === undefined ? [cap(0, 'model_roles.no_role')] : custom(role)
}

/** The F49 table, row by row, with A1 as the named setting; 2 means no restriction. */
const dcaTable = (read: boolean | undefined, write: boolean | undefined, settings: Settings): number => {
  if (read === undefined && write === undefined) return 2
  if (write === true) return 2
  if (read === true) return 1
  if (read === false) return 0
  return settings.writeDriverAloneFalse === 'read' ? 1 : 0
}

const driverValue = (model: ModelInput, driverId: string | undefined, items: Readonly<Record<string, string>>, who: Who): boolean | undefined => {
  if (driverId === undefined) return undefined
  const driver = (model.drivers ?? []).find((d) => d.id === driverId)
  if (driver === undefined) return undefined
  const dimensions = driver.dimensions ?? []
  // A cell the driver cannot place reads FALSE whatever its default: the alias on a users dimension.
  if (dimensions.includes('users') && who.kind !== 'user') return false
  if (driver.bitmap !== undefined) return bitmapValue(model, dimensions, driver.bitmap, items)
  const row = (driver.values ?? []).find((value) =>
    dimensions.every((dim) =>
      dim === 'users' ? who.kind === 'user' && value.user === who.id : own(value.items, dim) !== undefined && own(value.items, dim) === own(items, dim),
    ),
  )
  return row?.value ?? driver.default ?? false
}

/** A bitmap driver's value: the cell's position among all cells, the first dimension outermost, as a bit, least significant first. */
const bitmapValue = (model: ModelInput, dimensions: readonly string[], bitmap: string, items: Readonly<Record<string, string>>): boolean => {
  let cell = 0
  for (const dim of dimensions) {
    const listItems = (model.lists ?? []).find((l) => l.id === dim)?.items ?? []
    cell = cell * listItems.length + listItems.findIndex((i) => i.id === own(items, dim))
  }
  const bytes = Buffer.from(bitmap, 'base64')
  return ((bytes[Math.floor(cell / 8)] ?? 0) & (1 << cell % 8)) !== 0
}

type CellR = Extract<Resource, { kind: 'cell' }>

const cellVerdicts = (tenant: TenantInput, model: ModelInput, settings: Settings, who: Who, channel: string, cell: CellR): V[] => {
  const module = (model.modules ?? []).find((m) => m.id === cell.module)
  if (module === undefined) return unknown()
  if (!(model.versions ?? []).some((v) => v.id === cell.version)) return unknown()
  const lineItem = (module.lineItems ?? []).find((l) => l.id === cell.lineItem)
  if (lineItem === undefined) return unknown()
  for (const list of module.lists ?? []) {
    const item = own(cell.items, list)
    // A cell that names no item of one of its module's lists is a malformed request.
    if (item === undefined) return [cap(0, 'request.invalid')]
    if (!((model.lists ?? []).find((l) => l.id === list)?.items ?? []).some((i) => i.id === item)) return unknown()
  }
  const out: V[] = roleVerdicts(model, who, 2, (role) => [
    grant(rank(own(role.modules, cell.module)), 'model_roles.module_permission'),
    cap(rank(own(role.versions, cell.version)), 'model_roles.version_permission'),
  ])
  const targetWrite = channel === 'fileImport' || channel === 'modelImport'
  const wsa = isWsa(tenant, model, who)
  const saSkipped = (who.kind === 'alias' && targetWrite) || (wsa && settings.workspaceAdminsBypassSelectiveAccess)
  if (!saSkipped)
    for (const list of module.lists ?? []) {
      if (!hasSA(model, list)) continue
      const level = saLevel(model, who, list, own(cell.items, list) ?? '')
      if (level < 2) out.push(cap(level, level === 0 ? 'selective_access.item_not_granted' : 'selective_access.item_read_only'))
    }
  if (!(targetWrite && (who.kind === 'alias' || wsa))) {
    const level = dcaTable(driverValue(model, lineItem.readDriver, cell.items, who), driverValue(model, lineItem.writeDriver, cell.items, who), settings)
    if (level < 2) out.push(cap(level, level === 0 ? 'dynamic_cell_access.hidden' : 'dynamic_cell_access.read_only'))
  }
  return out
}

const listItemVerdicts = (tenant: TenantInput, model: ModelInput, settings: Settings, who: Who, listId: string, itemId: string): V[] => {
  const list = (model.lists ?? []).find((l) => l.id === listId)
  if (list === undefined || !(list.items ?? []).some((i) => i.id === itemId)) return unknown()
  const out = roleVerdicts(model, who, 2, () => [grant(2, 'model_roles.list_item_data')])
  if (hasSA(model, listId) && !(settings.workspaceAdminsBypassSelectiveAccess && isWsa(tenant, model, who))) {
    const level = saLevel(model, who, listId, itemId)
    if (level < 2) out.push(cap(level, level === 0 ? 'selective_access.item_not_granted' : 'selective_access.item_read_only'))
  }
  return out
}

const exportWarnings = (tenant: TenantInput, settings: Settings, who: Who, action: NonNullable<ModelInput['actions']>[number], home: string): V[] => {
  if ((action.kind !== 'export' && action.kind !== 'import') || action.source === undefined || 'file' in action.source) return []
  const source = action.source
  const model = tenant.models.find((m) => m.id === (source.model ?? home))
  if (model === undefined) return []
  if (settings.workspaceAdminsBypassSelectiveAccess && isWsa(tenant, model, who)) return []
  const lists = 'module' in source ? ((model.modules ?? []).find((m) => m.id === source.module)?.lists ?? []) : [source.list]
  const out: V[] = []
  for (const listId of lists) {
    const items = (model.lists ?? []).find((l) => l.id === listId)?.items ?? []
    if (!hasSA(model, listId) || items.length === 0) continue
    const readable = items.filter((item) => saLevel(model, who, listId, item.id) >= 1).length
    if (readable === 0) out.push(warn('selective_access.export_empty'))
    else if (readable < items.length) out.push(warn('selective_access.export_partial'))
  }
  return out
}

/** R10 on the write side: an import's target items the actor cannot write are skipped (never for the alias, A19, or a bypassing WSA, A2). */
const importSkips = (tenant: TenantInput, settings: Settings, who: Who, action: NonNullable<ModelInput['actions']>[number], home: string): V[] => {
  if (action.kind !== 'import' || action.target === undefined || 'file' in action.target || who.kind === 'alias') return []
  const target = action.target
  const model = tenant.models.find((m) => m.id === (target.model ?? home))
  if (model === undefined) return []
  if (settings.workspaceAdminsBypassSelectiveAccess && isWsa(tenant, model, who)) return []
  const lists = 'module' in target ? ((model.modules ?? []).find((m) => m.id === target.module)?.lists ?? []) : [target.list]
  return lists.flatMap((listId) => {
    const items = (model.lists ?? []).find((l) => l.id === listId)?.items ?? []
    if (!hasSA(model, listId) || items.length === 0) return []
    return items.some((item) => saLevel(model, who, listId, item.id) < 2) ? [warn('selective_access.import_skip')] : []
  })
}

/** F49 on the write side: an import's target line items whose drivers keep some cell below Write for the actor warn (never for the alias or a WSA, F30, F51, F53). */
const driverImportSkips = (tenant: TenantInput, settings: Settings, who: Who, action: NonNullable<ModelInput['actions']>[number], home: string): V[] => {
  if (action.kind !== 'import' || action.target === undefined || !('module' in action.target) || who.kind === 'alias') return []
  const target = action.target
  const model = tenant.models.find((m) => m.id === (target.model ?? home))
  const module = (model?.modules ?? []).find((m) => m.id === target.module)
  if (model === undefined || module === undefined || isWsa(tenant, model, who)) return []
  const combos = (module.lists ?? []).reduce<Record<string, string>[]>(
    (acc, list) => acc.flatMap((c) => ((model.lists ?? []).find((l) => l.id === list)?.items ?? []).map((item) => ({ ...c, [list]: item.id }))),
    [{}],
  )
  const cells = (model.versions ?? []).length === 0 ? [] : combos
  return (module.lineItems ?? []).flatMap((lineItem) =>
    cells.some((items) => dcaTable(driverValue(model, lineItem.readDriver, items, who), driverValue(model, lineItem.writeDriver, items, who), settings) < 2)
      ? [warn('dynamic_cell_access.import_skip')]
      : [],
  )
}

const actionVerdicts = (tenant: TenantInput, model: ModelInput, settings: Settings, who: Who, actionId: string): V[] => {
  const action = (model.actions ?? []).find((a) => a.id === actionId)
  if (action === undefined) return unknown()
  if (action.kind === 'orderList' || action.kind === 'updateCurrentPeriod')
    return [isWsa(tenant, model, who) ? grant(1, 'model_roles.workspace_admin_action') : cap(0, 'model_roles.workspace_admin_only')]
  const visibility = action.visibility ?? 'everyone'
  const out: V[] = []
  if (visibility === 'private' && !(who.kind === 'user' && who.id === action.createdBy)) out.push(cap(0, 'model_roles.action_private'))
  if (visibility === 'workspaceAdmins' && !isWsa(tenant, model, who)) out.push(cap(0, 'model_roles.action_workspace_admins_only'))
  out.push(
    ...roleVerdicts(model, who, 1, (role) =>
      (role.actions ?? []).includes(action.id) ? [grant(1, 'model_roles.action_permission')] : [cap(0, 'model_roles.action_not_permitted')],
    ),
  )
  return [...out, ...exportWarnings(tenant, settings, who, action, model.id), ...importSkips(tenant, settings, who, action, model.id), ...driverImportSkips(tenant, settings, who, action, model.id)]
}

const modelOf = (resource: Resource): string | undefined =>
  resource.kind === 'model' ? resource.id : 'model' in resource ? resource.model : undefined

/** The membership gate of the tenant layers (the alias skips it; an unknown user is an unknown id). */
const gate = (tenant: TenantInput, model: ModelInput, who: Who): V[] => {
  if (who.kind === 'alias') return []
  if (!tenant.users.some((u) => u.id === who.id)) return unknown()
  const member = tenant.workspaces.some((ws) => ws.id === model.workspace && (ws.members ?? []).some((m) => m.user === who.id))
  return member ? [] : [cap(0, 'workspace.not_member')]
}

const verdicts = (input: WorldInput, settings: Settings, options: ReferenceOptions, who: Who, action: PlanningAction, resource: Resource): V[] => {
  const tenant = input.tenant
  const modelId = modelOf(resource)
  const model = tenant?.models.find((m) => m.id === modelId)
  const disabled = options.membershipGate && who.kind === 'user' && tenant?.users.some((u) => u.id === who.id && u.enabled === false) === true
  const capped = disabled ? [cap(0, 'tenant_roles.account_disabled')] : []
  if (tenant === undefined || model === undefined) return [...capped, ...unknown()]
  const gated = options.membershipGate ? [...capped, ...gate(tenant, model, who)] : []
  const data = ((): V[] => {
    switch (action.type) {
      case 'cell.read':
      case 'cell.write':
        return resource.kind === 'cell' ? cellVerdicts(tenant, model, settings, who, action.channel, resource) : []
      case 'listItem.read':
      case 'listItem.write':
        return resource.kind === 'listItem' ? listItemVerdicts(tenant, model, settings, who, resource.list, resource.item) : []
      case 'list.editStructure':
        if (resource.kind !== 'list') return []
        if (!(model.lists ?? []).some((l) => l.id === resource.list)) return unknown()
        return roleVerdicts(model, who, 1, (role) =>
          (role.lists ?? []).includes(resource.list) ? [grant(1, 'model_roles.list_permission')] : [cap(0, 'model_roles.list_not_permitted')],
        )
      case 'model.open': {
        const role = roleVerdicts(model, who, 1, () => [grant(1, 'model_roles.custom_role')])
        if (!isWsa(tenant, model, who)) return role
        return [...role.filter((v) => v.kind !== 'cap'), ...(options.membershipGate ? [grant(1, 'workspace.admin')] : [])]
      }
      case 'modelAction.run':
        return resource.kind === 'modelAction' ? actionVerdicts(tenant, model, settings, who, resource.action) : []
    }
  })()
  return [...gated, ...data]
}

const requirement = (action: PlanningAction): { requires: number; levels: readonly string[] } => {
  switch (action.type) {
    case 'cell.read':
    case 'listItem.read':
      return { requires: 1, levels: ['none', 'read', 'write'] }
    case 'cell.write':
    case 'listItem.write':
      return { requires: 2, levels: ['none', 'read', 'write'] }
    case 'list.editStructure':
    case 'model.open':
    case 'modelAction.run':
      return { requires: 1, levels: ['none', 'allowed'] }
  }
}

/** The algebra, read naively: min(max grants, min caps), and the reasons that determine it. */
const settleNaively = (action: PlanningAction, said: readonly V[]): ReferenceDecision => {
  const { requires, levels } = requirement(action)
  const grants = said.filter((v) => v.kind === 'grant')
  const caps = said.filter((v) => v.kind === 'cap')
  const granted = grants.length === 0 ? -1 : Math.max(...grants.map((v) => v.level))
  const capped = Math.min(Infinity, ...caps.map((v) => v.level))
  const level = granted < 0 ? 0 : Math.min(granted, capped)
  const allowed = granted >= 0 && level >= requires
  const reasons = allowed
    ? [...grants.filter((v) => v.level === granted), ...caps.filter((v) => level < granted && v.level === level)]
    : [...caps.filter((v) => v.level < requires), ...(granted < requires ? grants.filter((v) => v.level === granted) : [])]
  const codes = [...reasons.map((v) => v.code), ...(granted < 0 && reasons.length === 0 ? ['default.no_grant'] : [])]
  return {
    effect: allowed ? 'allow' : 'deny',
    level: levels[Math.min(level, levels.length - 1)] ?? 'none',
    reasons: [...new Set(codes)].sort(),
    // Every warning here says what the run will do (A40): a deny, where nothing runs, carries none.
    warnings: allowed ? [...new Set(said.filter((v) => v.kind === 'warn').map((v) => v.code))].sort() : [],
  }
}

/**
 * Decides a planning data request naively over the world input.
 *
 * @example
 * ```ts
 * referenceDecide(input, defaultSettings, { membershipGate: true })(subject.internalAlias, { type: 'model.open' }, resource.model(id.model('fp')))
 * ```
 */
export const referenceDecide =
  (input: WorldInput, settings: Settings, options: ReferenceOptions) =>
  (subject: Subject, action: Action, resource: Resource): ReferenceDecision => {
    if (!isPlanning(action)) throw new Error(`the reference does not decide ${action.type}`)
    if (subject.kind === 'scheduler') return settleNaively(action, [cap(0, 'request.subject_not_supported')])
    const who: Who = subject.kind === 'user' ? { kind: 'user', id: subject.id } : { kind: 'alias' }
    return settleNaively(action, verdicts(input, settings, options, who, action, resource))
  }
