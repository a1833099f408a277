import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { ItemId, ListId } from '../../domain/ids.js'
import type { CellResource } from '../../domain/resource.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import { problems } from '../../snapshot/errors.js'
import type { DriverInput, DriverValueInput, ModelInput } from '../../snapshot/input/tenant.js'
import { keptDriver } from '../../snapshot/kept.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import { cellValues } from '../../snapshot/tenant/cell-bits.js'
import { driverRecord } from '../../snapshot/tenant/drivers.js'
import { isCellValues, usersDimension, type CellValues, type DriverRecord, type ModelRecord, type TenantSnapshot } from '../../snapshot/tenant/types.js'
import type { CellWrite, CellWriteCommand } from '../command.js'
import { driverInput } from '../encode.js'

type Written = Either<readonly Reason[], Partial<Pick<Snapshot, 'tenant' | 'input'>>>

const refuse = (path: string, message: string): Written => left([reason('commands.integrity', { path, message })])

/** The driver whose values the cell's line item holds at the cell's version, or the refusal naming the field that rules it out. */
const heldDriver = (model: ModelRecord, cell: CellResource): Either<readonly Reason[], DriverRecord> => {
  const onLineItem = [...model.drivers.values()].filter((d) => d.lineItem?.module === cell.module && d.lineItem.lineItem === cell.lineItem)
  const found = onLineItem.find((d) => d.lineItem?.version === cell.version)
  if (found !== undefined) return right(found)
  const [other] = onLineItem
  if (other !== undefined)
    return left([reason('commands.integrity', { path: 'resource.version', message: `driver '${other.id}' holds its values at version '${other.lineItem?.version ?? ''}', not '${cell.version}'` })])
  const message = `line item '${cell.lineItem}' of module '${cell.module}' holds no access driver's values (a driver names it as its \`lineItem\`); the world keeps no other cell data`
  return left([reason('commands.integrity', { path: 'resource.lineItem', message })])
}

/** The item of each of the driver's lists the cell names, by its number in the list; a missing one is the path to refuse. */
const cellItems = (model: ModelRecord, driver: DriverRecord, cell: CellResource): Either<string, readonly { readonly list: ListId; readonly item: ItemId; readonly index: number }[]> => {
  const found: { readonly list: ListId; readonly item: ItemId; readonly index: number }[] = []
  for (const dimension of driver.dimensions) {
    if (dimension === usersDimension) continue
    const list = dimension as ListId
    const item = Object.hasOwn(cell.items, list) ? cell.items[list] : undefined
    const index = item === undefined ? undefined : model.lists.get(list)?.items.get(item)
    if (item === undefined || index === undefined) return left(`resource.items.${list}`)
    found.push({ list, item, index })
  }
  return right(found)
}

/** A driver kept by cell number with one cell set: its bits copied, the cell added to the values given (a bitmap gives every cell). */
const writtenBits = (values: CellValues, cell: number, value: boolean): CellValues | undefined => {
  if (values.at(cell) === value) return undefined
  const given = values.form === 'bitmap' ? undefined : values.delivered()
  const bits = values.bitmap()
  const byte = cell >>> 3
  bits[byte] = value ? (bits[byte] as number) | (1 << (cell & 7)) : (bits[byte] as number) & ~(1 << (cell & 7))
  return cellValues(values.lists, values.strides, values.cells, bits, given === undefined ? undefined : Int32Array.from(given.includes(cell) ? given : [...given, cell]))
}

/** Whether a value of a driver's input names the cell (its items and user). */
const namesCell = (value: DriverValueInput, items: readonly { readonly list: ListId; readonly item: ItemId }[], user: string | undefined): boolean =>
  value.user === user && items.every(({ list, item }) => value.items !== undefined && Object.hasOwn(value.items, list) && value.items[list] === item)

/** A driver's input with one cell set: its value replaced where it has one, else added (unless the cell already reads it). */
const writtenValues = (driver: DriverInput, items: readonly { readonly list: ListId; readonly item: ItemId }[], write: CellWrite): DriverInput | undefined => {
  const values = driver.values ?? []
  const at = values.findIndex((value) => namesCell(value, items, write.user))
  const current = at >= 0 ? values[at]?.value : (driver.default ?? false)
  if (current === write.value) return undefined
  const named: Record<string, string> = {}
  for (const { list, item } of items) named[list] = item
  const added: DriverValueInput = { value: write.value, ...(items.length === 0 ? {} : { items: named }), ...(write.user === undefined ? {} : { user: write.user }) }
  return { ...driver, values: at >= 0 ? values.map((value, i) => (i === at ? { ...value, value: write.value } : value)) : [...values, added] }
}

/** The model and its kept input with one driver's record (and, when it changed, its kept input) replaced. */
const withDriver = (tenant: TenantSnapshot, input: Snapshot['input'], index: number, record: ModelRecord, driver: DriverRecord, kept: DriverInput | undefined): Written => {
  const models = input.tenant?.models ?? []
  const withKept = (model: ModelInput): ModelInput => ({ ...model, drivers: (model.drivers ?? []).map((d) => (d.id === kept?.id ? kept : d)) })
  return right({
    tenant: { ...tenant, models: withEntry(tenant.models, record.id, { ...record, drivers: withEntry(record.drivers, driver.id, driver) }) },
    ...(kept === undefined || input.tenant === undefined ? {} : { input: { ...input, tenant: { ...input.tenant, models: models.map((m, i) => (i === index ? withKept(m) : m)) } } }),
  })
}

/**
 * `cell.write` as a command (F47, F50): the access driver whose values the cell's line item holds
 * (its `lineItem`, at the cell's version) gets the written value at the cell's items (and, for a
 * `users` dimension, at `write.user`). A driver kept by cell number has its bits copied and the one bit
 * set, and keeps its wire form (a bitmap stays a bitmap; values gain the cell, in order); any other is
 * rebuilt from its input with the value replaced in place or added, through the builder `compile`
 * uses, and its kept input replaced, so `encode` gives back what was written. A write that leaves the
 * cell's value as it was changes nothing. A line item that holds no driver's values, another version,
 * a missing item or a wrong `write.user` is refused with `commands.integrity` naming the field.
 *
 * @example
 * ```ts
 * writeDriverCell(snapshot, command) // command.write: { value: true }
 * ```
 */
export const writeDriverCell = (snapshot: Snapshot, command: CellWriteCommand): Written => {
  const { tenant, input } = snapshot
  const cell = command.resource
  if (cell.kind !== 'cell') return refuse('resource.kind', 'expected a cell')
  const record = tenant?.models.get(cell.model)
  const index = input.tenant?.models.findIndex((model) => model.id === cell.model) ?? -1
  if (tenant === undefined || record === undefined || index < 0) return refuse('resource.model', 'not a model of the tenant')
  const held = heldDriver(record, cell)
  if (held._tag === 'Left') return held
  const driver = held.right
  const user = command.write.user
  const byUser = driver.dimensions.includes(usersDimension)
  if (byUser !== (user !== undefined))
    return refuse('write.user', byUser ? `driver '${driver.id}' is dimensioned by users: name the user whose value is written` : `driver '${driver.id}' is not dimensioned by users`)
  if (user !== undefined && !tenant.users.has(user)) return refuse('write.user', `unknown user '${user}'`)
  const items = cellItems(record, driver, cell)
  if (items._tag === 'Left') return refuse(items.left, 'the cell names no item of this list of the driver')
  if (isCellValues(driver.values)) {
    const bits = driver.values
    const number = items.right.reduce((sum, { index: i }, d) => sum + i * (bits.strides[d] ?? 0), 0)
    const values = writtenBits(bits, number, command.write.value)
    return values === undefined ? right({}) : withDriver(tenant, input, index, record, { ...driver, values }, undefined)
  }
  const at = (input.tenant?.models[index]?.drivers ?? []).findIndex((d) => d.id === driver.id)
  const kept = input.tenant?.models[index]?.drivers?.[at]
  if (kept === undefined) return refuse('resource.lineItem', `driver '${driver.id}' is not in the model's input`)
  const written = writtenValues(driverInput(kept, driver), items.right, command.write)
  if (written === undefined) return right({})
  const found = problems()
  const rebuilt = driverRecord(written, `tenant.models[${index}].drivers[${at}]`, record.lists, tenant.users, found)
  const [first] = found.list()
  if (first !== undefined) return refuse(first.path, first.message)
  const sizes = new Map([...record.lists].map(([list, l]) => [list as string, l.ids.length]))
  return withDriver(tenant, input, index, record, rebuilt, keptDriver(written, sizes))
}
