// @ts-nocheck
import type { ItemId, ModelId, UserId } from '../domain/ids.js'
import { subject } from '../domain/subject.js'
import type { ModelRecord } from '../snapshot/tenant/types.js'
import { accessOf, cellAt, cellChanges, readCell, type ModelSide, type Slice } from './cells.js'
import { answersDiffer } from './compare.js'
import { regionOf, type Region } from './regions.js'
import type { Reach } from './scope.js'
import type { CeilingChange, ModelChange } from './types.js'


const everyIndex = (items: readonly ItemId[]): readonly number[] => items.map((_, index) => index)

/** The item numbers a slice's cells are enumerated over, per dimension: whole lists, or the region's items on its dimension. */
interface Choices {
  readonly whole: () => readonly (readonly number[])[]
  readonly region: () => readonly (readonly number[])[] | undefined
}

/** Enumerating a list's item numbers costs its length, so each module does it once, when first asked. */
const choicesOf = (items: readonly (readonly ItemId[])[], region: Region | undefined): Choices => {
  let whole: readonly (readonly number[])[] | undefined
  let restricted: readonly (readonly number[])[] | undefined
  return {
    whole: () => (whole ??= items.map(everyIndex)),
    region: () => {
      if (region?.tag !== 'dimension') return undefined
      return (restricted ??= items.map((ids, d) => (d === region.dimension ? region.indexes : everyIndex(ids))))
    },
  }
}

/**
 * What changes for one user in one slice: a ceiling change when only the layers above the items can
 * have changed, or when either side hides every cell (then the other side's cells are the ceiling's
 * meet with their own items); otherwise the cells the reach names, decided one by one.
 */
const sliceChanges = (before: ModelSide, after: ModelSide, user: UserId, reach: Reach, slice: Slice, region: Region | undefined, choices: Choices): readonly ModelChange[] => {
  const who = subject.user(user)
  const sample = cellAt(slice, slice.items.map(() => 0))
  const was = before.ceiling(who, readCell, sample)
  const is = after.ceiling(who, readCell, sample)
  const from = accessOf(was)
  const to = accessOf(is)
  const { model, module, lineItem, version } = slice
  const ceiling: readonly CeilingChange[] = from === to ? [] : [{ kind: 'ceiling', user, model, module, lineItem, version, from, to, before: was, after: is }]
  if (reach.cells.tag === 'none' || (from === 'none' && to === 'none')) return ceiling
  if (from !== to && (from === 'none' || to === 'none')) return ceiling
  if (reach.cells.tag === 'items' && from === to && region !== undefined) {
    if (region.tag === 'untouched') return []
    const restricted = choices.region()
    if (restricted !== undefined) return cellChanges(before, after, who, user, slice, restricted)
  }
  return cellChanges(before, after, who, user, slice, choices.whole())
}

const roleChange = (before: ModelSide, after: ModelSide, model: ModelId, user: UserId): readonly ModelChange[] => {
  const who = subject.user(user)
  const target = { kind: 'model', id: model } as const
  // Neither selective access nor dynamic cell access speaks to model.open, so the ceiling decider
  // answers it as decide does, and a user's standing is derived by one decider a world, not two.
  const open = { before: before.ceiling(who, { type: 'model.open' }, target), after: after.ceiling(who, { type: 'model.open' }, target) }
  const role = { before: before.tenant?.models.get(model)?.assignments.get(user), after: after.tenant?.models.get(model)?.assignments.get(user) }
  if (role.before === role.after && !answersDiffer(open.before, open.after)) return []
  return [{ kind: 'modelRole', user, model, before: { role: role.before, open: open.before }, after: { role: role.after, open: open.after } }]
}

/** The structure cells are enumerated over: the model after the change, or before it when it goes. */
const structureOf = (before: ModelSide, after: ModelSide, model: ModelId): ModelRecord | undefined =>
  after.tenant?.models.get(model) ?? before.tenant?.models.get(model)

/**
 * What changes for one user in one model, within what the change can reach: their role and whether
 * they may open it, then per module × line item × version the ceiling or the cells whose level changes.
 *
 * @example
 * ```ts
 * modelChangesOf(before, after, id.model('plan'), id.user('ana'), { modules: 'all', cells: { tag: 'none' } })
 * ```
 */
export const modelChangesOf = (before: ModelSide, after: ModelSide, model: ModelId, user: UserId, reach: Reach): readonly ModelChange[] => {
  const record = structureOf(before, after, model)
  if (record === undefined) return roleChange(before, after, model, user)
  const changes: ModelChange[] = [...roleChange(before, after, model, user)]
  for (const module of record.modules.values()) {
    if (reach.modules !== 'all' && !reach.modules.has(module.id)) continue
    const items = module.lists.map((list) => record.lists.get(list)?.ids ?? [])
    if (items.some((ids) => ids.length === 0)) continue
    const region = reach.cells.tag === 'items' ? regionOf(record, module, reach.cells.list, reach.cells.items) : undefined
    const choices = choicesOf(items, region)
    for (const lineItem of module.lineItems.keys())
      for (const version of record.versions) {
        const slice: Slice = { model, module: module.id, lineItem, version, dimensions: module.lists, items }
        changes.push(...sliceChanges(before, after, user, reach, slice, region, choices))
      }
  }
  return changes
}
