// @ts-nocheck
import { bareObject } from '../internal/bare-object.js'
import { encodeBase64 } from '../internal/base64.js'
import { accountInput } from './encode-account.js'
import { omit } from '../internal/omit.js'
import { readableDriver } from '../snapshot/kept.js'
import { snapshotOf } from '../internal/world-handle.js'
import type { CloudworksConnectionInput, DriverInput, DriverValueInput, IntegrationInput, ItemInput, MemberInput, ModelInput, SelectiveAccessInput, TenantInput, UserInput, WorkspaceInput } from '../snapshot/input/tenant.js'
import type { WorldInput } from '../snapshot/input/world.js'
import type { ConnectionMemberInput, WorkplaceConnectionInput, WorkplaceInput } from '../snapshot/input/workplace.js'
import type { WorkplaceConnectionRecord, WorkplaceSnapshot } from '../snapshot/workplace/types.js'
import { lattice, type ConnectionRole } from '../domain/lattice.js'
import { id } from '../domain/ids.js'
import type { World } from '../snapshot/snapshot.js'
import { isCellValues, usersDimension, type CellValues, type CloudworksConnectionRecord, type IntegrationRecord, type DriverRecord, type ListRecord, type ModelRecord, type TenantSnapshot, type UserRecord, type WorkspaceRecord } from '../snapshot/tenant/types.js'

const user = (record: UserRecord): UserInput => ({
  id: record.id,
  kind: record.kind,
  ...(record.email === undefined ? {} : { email: record.email }),
  ...(record.enabled ? {} : { enabled: false }),
  ...(record.roles.size === 0 ? {} : { roles: [...record.roles] }),
  ...(record.riuWorkspaces.size === 0 ? {} : { restrictedIntegrationWorkspaces: [...record.riuWorkspaces] }),
})

const workspace = (record: WorkspaceRecord): WorkspaceInput => {
  const members = [...record.members].map(
    ([id, m]): MemberInput => ({ user: id, ...(m.admin ? { admin: true } : {}), ...(m.ssoException ? { ssoException: true } : {}) }),
  )
  return { id: record.id, ...(members.length === 0 ? {} : { members }) }
}

const grants = (record: ModelRecord): readonly SelectiveAccessInput[] =>
  [...record.selectiveAccess].flatMap(([userId, lists]) =>
    [...lists].flatMap(([list, items]) =>
      [...items].flatMap(([item, rank]): SelectiveAccessInput[] => (rank === 0 ? [] : [{ user: userId, list, item, level: rank === 2 ? 'write' : 'read' }])),
    ),
  )

/** A list's items as delivered, read back from its record (the snapshot keeps no copy of them). */
const items = (model: ModelRecord, list: ListRecord | undefined): readonly ItemInput[] => {
  const parents = list?.parent === undefined ? undefined : model.lists.get(list.parent)
  return (list?.ids ?? []).map((id, index) => {
    const parent = parents?.ids[list?.parents[index] ?? -1]
    return parent === undefined ? { id } : { id, parent }
  })
}

/** The cell of a one-dimension driver value, as delivered: the user, or the item of the list. */
const cell = (dimension: string, coordinate: string): Pick<DriverValueInput, 'items' | 'user'> => {
  if (dimension === usersDimension) return { user: coordinate }
  const named = bareObject<string>()
  named[dimension] = coordinate
  return { items: named }
}

/** A one-dimension driver's values as delivered, read back from its nested maps (the snapshot keeps them only when it must, see `readableDriver`). */
const nestedValues = (record: DriverRecord | undefined): readonly DriverValueInput[] => {
  const [dimension] = record?.dimensions ?? []
  const values = record?.values
  if (dimension === undefined || values === undefined || typeof values === 'boolean' || isCellValues(values)) return []
  return [...values].flatMap(([coordinate, value]) => (typeof value === 'boolean' ? [{ value, ...cell(dimension, coordinate) }] : []))
}

/** The items of cell number `at` of a driver over lists. */
const cellItems = (values: CellValues, at: number): Record<string, string> => {
  const named = bareObject<string>()
  for (let d = 0; d < values.lists.length; d++) {
    const list = values.lists[d] as ListRecord
    named[list.id] = list.ids[Math.floor(at / (values.strides[d] ?? 1)) % list.ids.length] ?? ''
  }
  return named
}

/**
 * A driver kept by cell number, in the form it was delivered in, read back from its record: a bitmap
 * as canonical base64 (its unused bits 0, padded); otherwise the values given, in the order they came
 * (with the default, if it had one, as delivered).
 */
const byCellDriver = (kept: DriverInput, values: CellValues): DriverInput => {
  if (values.form === 'bitmap') return { ...kept, bitmap: encodeBase64(values.bitmap()) }
  const given = values.delivered().map((at): DriverValueInput => ({ items: cellItems(values, at), value: values.at(at) }))
  return kept.values === undefined && given.length === 0 ? kept : { ...kept, values: given }
}

/** A driver as delivered: by cell number or from nested maps when the snapshot kept it without its values, else as kept. */
const driver = (kept: DriverInput, record: DriverRecord | undefined): DriverInput => {
  if (record !== undefined && isCellValues(record.values)) return byCellDriver(kept, record.values)
  return kept.values?.length === 0 && readableDriver(kept) ? { ...kept, values: nestedValues(record) } : kept
}

/**
 * A model as delivered, with the parts commands change (roles held, selective access, list items,
 * one-dimension driver values) read from the live state.
 *
 * @example
 * ```ts
 * modelInput(keptModelInput, snapshot.tenant.models.get(id.model('fp')))
 * ```
 */
export const modelInput = (delivered: ModelInput, record: ModelRecord): ModelInput => {
  const lists = delivered.lists?.map((list) => (list.items === undefined ? list : { ...list, items: items(record, record.lists.get(id.list(list.id))) }))
  const drivers = delivered.drivers?.map((kept) => driver(kept, record.drivers.get(id.driver(kept.id))))
  const structure = omit({ ...delivered, ...(lists === undefined ? {} : { lists }), ...(drivers === undefined ? {} : { drivers }) }, ['assignments', 'selectiveAccess'])
  const assignments = [...record.assignments].map(([userId, role]) => ({ user: userId, role }))
  const selectiveAccess = grants(record)
  return {
    ...structure,
    ...(assignments.length === 0 ? {} : { assignments }),
    ...(selectiveAccess.length === 0 ? {} : { selectiveAccess }),
  }
}

/** A CloudWorks connection from its record (commands create them, F21). */
const cloudworksConnection = (record: CloudworksConnectionRecord): CloudworksConnectionInput => ({
  id: record.id,
  workspace: record.workspace,
  restricted: record.restricted,
  createdBy: record.createdBy,
})

/** An integration from its record: commands create integrations and change the run-as user (A32) and the last runner (A31). */
const integration = (record: IntegrationRecord): IntegrationInput => ({
  id: record.id,
  workspace: record.workspace,
  restricted: record.restricted,
  createdBy: record.createdBy,
  ...(record.lastRunBy === undefined ? {} : { lastRunBy: record.lastRunBy }),
  ...(record.runAs === undefined ? {} : { runAs: record.runAs }),
  ...(record.connection === undefined ? {} : { connection: record.connection }),
  ...(record.steps.length === 0 ? {} : { steps: record.steps.map((step) => ({ model: step.model, action: step.action })) }),
})

/** A list of records, left out when the world delivered none and commands made none. */
const liveList = <R, I>(delivered: readonly unknown[] | undefined, records: ReadonlyMap<string, R>, encodeOne: (record: R) => I): readonly I[] | undefined =>
  delivered === undefined && records.size === 0 ? undefined : [...records.values()].map(encodeOne)

const tenantInput = (tenant: TenantSnapshot, delivered: TenantInput): TenantInput => {
  const models = new Map(delivered.models.map((m) => [m.id, m]))
  const connections = liveList(delivered.connections, tenant.connections, cloudworksConnection)
  const integrations = liveList(delivered.integrations, tenant.integrations, integration)
  const switches = {
    ...(tenant.switches.userManagement ? { userManagement: true } : {}),
    ...(tenant.switches.exceptionUsers ? { exceptionUsers: true } : {}),
  }
  return {
    ...(Object.keys(switches).length === 0 ? {} : { switches }),
    ...(tenant.auditLicensed ? { auditLicensed: true } : {}),
    users: [...tenant.users.values()].map(user),
    workspaces: [...tenant.workspaces.values()].map(workspace),
    models: [...tenant.models.values()].flatMap((record) => {
      const delivered = models.get(record.id)
      return delivered === undefined ? [] : [modelInput(delivered, record)]
    }),
    ...(connections === undefined ? {} : { connections }),
    ...(integrations === undefined ? {} : { integrations }),
  }
}

const connectionMembers = (record: WorkplaceConnectionRecord): readonly ConnectionMemberInput[] => [
  ...[...record.members.users].map(([user, rank]): ConnectionMemberInput => ({ user, role: roleAt(rank) })),
  ...[...record.members.groups].map(([group, rank]): ConnectionMemberInput => ({ group, role: roleAt(rank) })),
]

const roleAt = (rank: number): ConnectionRole => lattice.connectionRole.levels[rank] ?? 'none'

/**
 * The workplace as delivered, with each connection and its members read from the live state (R46–R49, A39).
 *
 * @example
 * ```ts
 * workplaceInput(snapshot.workplace, snapshot.input.workplace) // the workplace section as commands left it
 * ```
 */
export const workplaceInput = (workplace: WorkplaceSnapshot, delivered: WorkplaceInput): WorkplaceInput => {
  const connections = new Map((delivered.connections ?? []).map((c) => [c.id, c]))
  const live = [...workplace.connections.values()].map((record): WorkplaceConnectionInput => {
    const members = connectionMembers(record)
    const base = omit(connections.get(record.id) ?? { id: record.id, ...(record.createdBy === undefined ? {} : { createdBy: record.createdBy }) }, ['members'])
    return { ...base, ...(members.length === 0 ? {} : { members }) }
  })
  return { ...omit(delivered, ['connections']), ...(live.length === 0 ? {} : { connections: live }) }
}

/**
 * A compiled world back as its JSON input, including every change commands made: users, roles,
 * memberships, roles in models, selective access, switches, CloudWorks connections and integrations,
 * workplace connections and their members, and account users with their roles come from the live
 * state, the rest (model structure, the workplace's roles and projects) as delivered. Defaults are left out, so `encode(compile(encode(w)))`
 * equals `encode(w)` and the recompiled world decides like `w`.
 *
 * @example
 * ```ts
 * import { encode, compile } from 'accessgrid'
 * const again = compile(JSON.parse(JSON.stringify(encode(world))))
 * ```
 */
export const encode = (world: World): WorldInput => {
  const { input, tenant, workplace, account } = snapshotOf(world)
  return {
    ...input,
    ...(account === undefined || input.account === undefined ? {} : { account: accountInput(account, input.account) }),
    ...(tenant === undefined || input.tenant === undefined ? {} : { tenant: tenantInput(tenant, input.tenant) }),
    ...(workplace === undefined || input.workplace === undefined ? {} : { workplace: workplaceInput(workplace, input.workplace) }),
  }
}
