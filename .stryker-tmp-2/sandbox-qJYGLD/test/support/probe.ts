// @ts-nocheck
// Test-only rule modules. `probe` reads the compiled world (membership, model role, module and version
// permissions, explicit and inherited selective access, the alias's grants) and reports what it read
// as reason parameters, so any dependence of the compiled world on input order or duplicates shows up
// in decisions even before (and in addition to) the real rule modules.
import { reason, ruleModule, verdict, type Actor, type ListItemResource, type RuleContext, type Verdicts } from '../../src/index.js'
import type { ItemId } from '../../src/domain/ids.js'
import type { ModelRecord } from '../../src/snapshot/tenant/types.js'

const fact = (id: string): ReturnType<typeof reason<'request.unknown_id'>> => reason('request.unknown_id', { kind: 'probe', id })

const modelOf = (context: RuleContext, model: string): ModelRecord | undefined => [...(context.world.tenant?.models.values() ?? [])].find((m) => m.id === model)

/** The selective-access rank of an item for an actor: its own grant or its nearest granted ancestor's. */
const itemRank = (model: ModelRecord, actor: Actor | undefined, r: ListItemResource): number => {
  const grants = actor === undefined ? undefined : actor.kind === 'user' ? model.selectiveAccess.get(actor.id) : model.internalAlias
  const list = model.lists.get(r.list)
  const index = list?.items.get(r.item)
  if (list === undefined || index === undefined) return -1
  let rank: number = grants?.get(r.list)?.get(r.item) ?? 0
  // Up the chain of parents: each item's parent is an index into the parent list.
  for (let at = list, item = index; at.parent !== undefined && (at.parents[item] ?? -1) >= 0; ) {
    const parentList = model.lists.get(at.parent)
    if (parentList === undefined) break
    item = at.parents[item] ?? -1
    at = parentList
    rank = Math.max(rank, grants?.get(at.id)?.get(at.ids[item] as ItemId) ?? 0)
  }
  return rank
}

const roleFacts = (model: ModelRecord, actor: Actor | undefined): string => {
  if (actor?.kind !== 'user') return 'alias'
  const assigned = model.assignments.get(actor.id)
  const role = assigned === undefined ? undefined : model.roles.get(assigned)
  return `${role?.id ?? '-'}|${[...(role?.modules ?? [])].sort().join()}|${[...(role?.versions ?? [])].sort().join()}`
}

/** Grants what it reads about list items and models; never caps. */
export const probe = ruleModule('probe', {
  'listItem.read': (request, ctx): Verdicts => {
    if (request.resource.kind !== 'listItem') return verdict.skip
    const model = modelOf(ctx, request.resource.model)
    if (model === undefined) return verdict.skip
    const rank = itemRank(model, request.actor, request.resource)
    return verdict.grant(Math.max(rank, 0), fact(`sa=${rank}|${roleFacts(model, request.actor)}`))
  },
  'model.open': (request, ctx): Verdicts => {
    if (request.resource.kind !== 'model') return verdict.skip
    const model = modelOf(ctx, request.resource.id)
    const actor = request.actor
    if (model === undefined) return verdict.skip
    const member = actor?.kind === 'user' ? ctx.world.tenant?.workspaces.get(model.workspace)?.members.get(actor.id) : undefined
    return verdict.grant(member === undefined ? 0 : 1, fact(`member=${JSON.stringify(member)}|${roleFacts(model, actor)}`))
  },
})

/** A module that grants write-level on every cell read and write. */
export const generous = ruleModule('generous', {
  'cell.read': () => verdict.grant(2, fact('generous')),
  'cell.write': () => verdict.grant(2, fact('generous')),
  'model.open': () => verdict.grant(1, fact('generous')),
})

/** A module that caps cells at read and warns on model opening. */
export const strict = ruleModule('strict', {
  'cell.read': () => verdict.cap(1, fact('strict')),
  'cell.write': () => verdict.cap(1, fact('strict')),
  'model.open': () => verdict.warn(fact('strict-warning')),
})
