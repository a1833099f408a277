// @ts-nocheck
import type { CellResource, ListItemResource, ListResource, ModelResource } from '../../domain/resource.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext, RequestOf } from '../../rule/rule.js'
import { onResource } from '../../rule/combinators.js'
import { derivation } from '../../rule/memo.js'
import { actorIsWorkspaceAdmin } from '../shared/actor.js'
import { unknownId } from '../shared/lookups.js'
import type { RoleRecord } from '../../snapshot/tenant/types.js'
import { accessName, notSupported, roleLayer } from './standing.js'

const write = 2
const allowed = 1

/** The verdicts of a custom role on the cells of one module, by version: built once per decider. */
const cellVerdicts = derivation<RoleRecord, Map<string, Verdicts>>(() => new Map())

/** A custom role on a cell: its module permission, capped by its version permission (F37, F38, I8). */
const customCell = (role: RoleRecord, cell: CellResource, context: RuleContext): Verdicts => {
  const byVersion = context.memo.get(cellVerdicts, role, cell.module)
  const known = byVersion.get(cell.version)
  if (known !== undefined) return known
  const module = role.modules.get(cell.module) ?? 0
  const version = role.versions.get(cell.version) ?? 0
  const said = verdict.shared(
    verdict.concat(
      verdict.grant(module, reason('model_roles.module_permission', { role: role.id, module: cell.module, level: accessName(module) })),
      verdict.cap(version, reason('model_roles.version_permission', { role: role.id, version: cell.version, level: accessName(version) })),
    ),
  )
  byVersion.set(cell.version, said)
  return said
}

const cellRule = <T extends 'cell.read' | 'cell.write'>(request: RequestOf<T>, cell: CellResource, context: RuleContext): Verdicts => {
  const at = context.cell
  if (at === undefined) return verdict.skip
  if (at.tag === 'unknown')
    return at.id === undefined ? verdict.cap(0, reason('request.invalid', { path: 'resource.items', message: `the cell names no ${at.kind}` })) : unknownId(at.kind, at.id)
  if (request.actor === undefined) return notSupported(request)
  return roleLayer(context, at.model, request.actor, write, cell, customCell)
}

/**
 * Cells: the role's module and version permissions, on every channel (F52, F53, A26, A27).
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'cell.read': readCell })
 * ```
 */
export const readCell: Rule<'cell.read'> = onResource('cell', cellRule)
/**
 * Cells: as {@link readCell}.
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'cell.write': writeCell })
 * ```
 */
export const writeCell: Rule<'cell.write'> = onResource('cell', cellRule)

const itemRule = <T extends 'listItem.read' | 'listItem.write'>(request: RequestOf<T>, at: ListItemResource, context: RuleContext): Verdicts => {
  const model = context.world.tenant?.models.get(at.model)
  if (model === undefined) return unknownId('model', at.model)
  const list = model.lists.get(at.list)
  if (list === undefined) return unknownId('list', at.list)
  if (!list.items.has(at.item)) return unknownId('item', at.item)
  if (request.actor === undefined) return notSupported(request)
  return roleLayer(context, model, request.actor, write, at, (role, item) =>
    verdict.grant(write, reason('model_roles.list_item_data', { role: role.id, list: item.list })),
  )
}

/**
 * List item data: any role but No Access may read and write it (F39); selective access narrows it.
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'listItem.read': readListItem })
 * ```
 */
export const readListItem: Rule<'listItem.read'> = onResource('listItem', itemRule)
/**
 * List item data: as {@link readListItem}.
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'listItem.write': writeListItem })
 * ```
 */
export const writeListItem: Rule<'listItem.write'> = onResource('listItem', itemRule)

/**
 * List structure: the role's list permission (F39, A23).
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'list.editStructure': editListStructure })
 * ```
 */
export const editListStructure: Rule<'list.editStructure'> = onResource('list', (request, at: ListResource, context) => {
  const model = context.world.tenant?.models.get(at.model)
  if (model === undefined) return unknownId('model', at.model)
  if (!model.lists.has(at.list)) return unknownId('list', at.list)
  if (request.actor === undefined) return notSupported(request)
  return roleLayer(context, model, request.actor, allowed, at, (role, list) =>
    role.lists.has(list.list)
      ? verdict.grant(allowed, reason('model_roles.list_permission', { role: role.id, list: list.list }))
      : verdict.cap(0, reason('model_roles.list_not_permitted', { role: role.id, list: list.list })),
  )
})

/**
 * Opening a model: any role but No Access (F36, F70). A workspace administrator always opens it (F35,
 * F71, A28): their role may grant, but it never caps them here.
 *
 * @example
 * ```ts
 * ruleModule('roles', { 'model.open': openModel })
 * ```
 */
export const openModel: Rule<'model.open'> = onResource('model', (request, at: ModelResource, context) => {
  const tenant = context.world.tenant
  const model = tenant?.models.get(at.id)
  if (tenant === undefined || model === undefined) return unknownId('model', at.id)
  const actor = request.actor
  if (actor === undefined) return notSupported(request)
  const said = roleLayer(context, model, actor, allowed, at, (role) =>
    verdict.grant(allowed, reason('model_roles.custom_role', { model: model.id, role: role.id })),
  )
  return actorIsWorkspaceAdmin(tenant, actor, model) ? said.filter((v) => v.tag !== 'cap') : said
})
