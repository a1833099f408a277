// @ts-nocheck
// The level of a matrix square computed the slow way, one `decide` per cell, to check the report against.
import { decide, id, resource, type Subject, type World, type WorldInput } from '../../src/index.js'

/** Every combination of one item per list. */
const combinations = (lists: readonly { readonly list: string; readonly items: readonly string[] }[]): readonly Readonly<Record<string, string>>[] =>
  lists.reduce<readonly Readonly<Record<string, string>>[]>((acc, { list, items }) => acc.flatMap((c) => items.map((item) => ({ ...c, [list]: item }))), [{}])

/**
 * The level decide gives a subject on the cells of a module at a version, told as the report tells it:
 * `write`, `read` or `none` when every cell says the same, `partial` otherwise, `empty` with no cells.
 */
export const levelByDecide = (world: World, input: WorldInput, who: Subject, model: string, module: string, version: string): string => {
  const decider = decide(world)
  const m = input.tenant?.models.find((x) => x.id === model)
  const mod = m?.modules?.find((x) => x.id === module)
  const lists = (mod?.lists ?? []).map((list) => ({ list, items: (m?.lists?.find((l) => l.id === list)?.items ?? []).map((i) => i.id) }))
  const levels = (mod?.lineItems ?? []).flatMap((lineItem) =>
    combinations(lists).map((items) => {
      const cell = resource.cell({
        model: id.model(model),
        module: id.module(module),
        lineItem: id.lineItem(lineItem.id),
        version: id.version(version),
        items: Object.fromEntries(Object.entries(items).map(([k, v]) => [id.list(k), id.item(v)])),
      })
      if (decider(who, { type: 'cell.write', channel: 'interactive' }, cell).effect === 'allow') return 'write'
      return decider(who, { type: 'cell.read', channel: 'interactive' }, cell).effect === 'allow' ? 'read' : 'none'
    }),
  )
  if (levels.length === 0) return 'empty'
  return levels.every((level) => level === levels[0]) ? (levels[0] ?? 'none') : 'partial'
}
