// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { ItemId, ListId } from '../../domain/ids.js'
import { withEntry } from '../../snapshot/persistent/patched-map.js'
import { problems } from '../../snapshot/errors.js'
import type { DriverInput, ItemInput, ListInput, ModelInput } from '../../snapshot/input/tenant.js'
import { keptModel } from '../../snapshot/kept.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import { buildModel } from '../../snapshot/tenant/model.js'
import type { ListEdit, ListEditCommand } from '../command.js'
import { modelInput } from '../encode.js'

type Rebuilt = Either<readonly Reason[], Pick<Snapshot, 'tenant' | 'input'>>

const refuse = (path: string, message: string): Rebuilt => left([reason('commands.integrity', { path, message })])

/** The list's items after the edit: removals, then additions, then moves. */
const editedItems = (items: readonly ItemInput[], edit: ListEdit, removed: ReadonlySet<string>): readonly ItemInput[] => {
  const moves = new Map<string, string>((edit.reparent ?? []).map((move) => [move.id, move.parent]))
  const kept = items.filter((item) => !removed.has(item.id))
  const added = (edit.add ?? []).map((item): ItemInput => (item.parent === undefined ? { id: item.id } : { id: item.id, parent: item.parent }))
  return [...kept, ...added].map((item) => {
    const parent = moves.get(item.id)
    return parent === undefined ? item : { ...item, parent }
  })
}

/** A driver without the values of removed items of the list. */
const withoutRemoved = (driver: DriverInput, list: string, removed: ReadonlySet<string>): DriverInput => {
  if (!(driver.dimensions ?? []).includes(list) || driver.values === undefined) return driver
  return { ...driver, values: driver.values.filter((value) => !removed.has(value.items?.[list] ?? '')) }
}

/** The model input with the edit applied to the list, and the grants and driver values of removed items dropped. */
const editedModel = (input: ModelInput, list: ListId, edit: ListEdit): ModelInput => {
  const removed = new Set<string>(edit.remove ?? [])
  const onRemoved = (grant: { readonly list: string; readonly item: string }): boolean => grant.list === list && removed.has(grant.item)
  const lists = (input.lists ?? []).map((l): ListInput => (l.id === list ? { ...l, items: editedItems(l.items ?? [], edit, removed) } : l))
  const alias = input.internalAlias
  return {
    ...input,
    lists,
    ...(input.drivers === undefined ? {} : { drivers: input.drivers.map((driver) => withoutRemoved(driver, list, removed)) }),
    ...(input.selectiveAccess === undefined ? {} : { selectiveAccess: input.selectiveAccess.filter((grant) => !onRemoved(grant)) }),
    ...(alias?.selectiveAccess === undefined ? {} : { internalAlias: { ...alias, selectiveAccess: alias.selectiveAccess.filter((grant) => !onRemoved(grant)) } }),
  }
}

/**
 * `list.editStructure` (F39, A23): the list's items added, removed and moved; the selective-access
 * grants (users' and the alias's) and the driver values of removed items dropped; the model rebuilt
 * through the builder `compile` uses. An edit `compile` would reject (an item added twice, a parent that
 * does not exist, an item of a child list left without its parent, a removed item that is not there) is
 * refused with `commands.integrity`, naming the path of the first error. The model is rebuilt whole:
 * the cost of an edit is that of compiling the one model (its items, drivers, roles and grants), not
 * of the tenant, and the records it builds are exactly those `compile` would.
 *
 * @example
 * ```ts
 * editList(snapshot, command) // command.edit: { remove: [id.item('apac')] }
 * ```
 */
export const editList = (snapshot: Snapshot, command: ListEditCommand): Rebuilt => {
  const { tenant, input } = snapshot
  const target = command.resource
  if (target.kind !== 'list') return refuse('resource.kind', 'expected a list')
  const record = tenant?.models.get(target.model)
  const index = input.tenant?.models.findIndex((model) => model.id === target.model) ?? -1
  const delivered = input.tenant?.models[index]
  if (tenant === undefined || input.tenant === undefined || record === undefined || delivered === undefined) return refuse('resource.model', 'not a model of the tenant')
  const list = record.lists.get(target.list)
  if (list === undefined) return refuse('resource.list', `unknown list '${target.list}'`)
  const missing = (command.edit.remove ?? []).findIndex((item: ItemId) => !list.items.has(item))
  if (missing >= 0) return refuse(`edit.remove[${missing}]`, `unknown item '${command.edit.remove?.[missing] ?? ''}'`)
  const current = modelInput(delivered, record)
  // A bitmap numbers the cells of its lists: an edit would shift it, so such a driver is edited first (fail closed).
  const bitmap = (current.drivers ?? []).find((driver) => driver.bitmap !== undefined && (driver.dimensions ?? []).includes(target.list))
  if (bitmap !== undefined) return refuse('resource.list', `driver '${bitmap.id}' is given as a bitmap over list '${target.list}'; give it as values before editing the list`)
  const next = editedModel(current, target.list, command.edit)
  const found = problems()
  const built = buildModel(next, `tenant.models[${index}]`, tenant.users, tenant.workspaces, found)
  const [first] = found.list()
  if (first !== undefined) return refuse(first.path, first.message)
  const models = input.tenant.models.map((model, i) => (i === index ? keptModel(next) : model))
  return right({ tenant: { ...tenant, models: withEntry(tenant.models, target.model, built) }, input: { ...input, tenant: { ...input.tenant, models } } })
}
