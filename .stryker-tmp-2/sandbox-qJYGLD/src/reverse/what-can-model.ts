// @ts-nocheck
import type { CellBatch, CellGrid } from '../batch/cells.js'
import type { Decider } from '../decide.js'
import type { ModelSetting } from '../domain/actions/workspace.js'
import type { LineItemId, ListId, ModelActionId, ModuleId, VersionId } from '../domain/ids.js'
import type { Level } from '../domain/lattice.js'
import { resource } from '../domain/resource.js'
import type { Subject } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import type { ModelRecord } from '../snapshot/tenant/types.js'
import { foldItems, type ItemSet } from './item-sets.js'

/**
 * What one subject can do with the cells of one line item at one version, per {@link decideCells}:
 * - `level`: the best the layers that do not depend on items allow (role, membership, account);
 * - `read`, `write`: how many cells `decide` allows, of `cells`, and how many more the access
 *   drivers lower (`lowered`: allowed without the drivers, not with them, F47–F49);
 * - `dimensions`: per list of the module, the items reachable at read and at write through the role
 *   and selective access (F45, ancestors folded); a cell is reachable without drivers exactly when
 *   `level` reaches the act and each of its items is in its dimension's set.
 *
 * @example
 * ```ts
 * const slice: SliceAbilities = abilities.slices[0]
 * slice.dimensions[0].read.under // [{ list: 'region', item: 'emea' }]: every cost centre under EMEA
 * ```
 */
export interface SliceAbilities {
  readonly module: ModuleId
  readonly lineItem: LineItemId
  readonly version: VersionId
  readonly level: Level
  readonly cells: number
  readonly read: { readonly allowed: number; readonly lowered: number }
  readonly write: { readonly allowed: number; readonly lowered: number }
  readonly dimensions: readonly { readonly list: ListId; readonly read: ItemSet; readonly write: ItemSet }[]
}

/**
 * What one subject can do in one model (see {@link whatCan}): opening it, every slice's cells, every
 * model action, every list's structure and the model-administration acts, each with `decide`'s decision.
 *
 * @example
 * ```ts
 * const abilities = whatCan(world)(subject.user(id.user('paula')), { kind: 'model', model: id.model('finance-plan') })
 * if (abilities.kind === 'model') abilities.actions.filter((a) => a.decision.effect === 'allow')
 * ```
 */
export interface ModelAbilities {
  readonly kind: 'model'
  readonly subject: Subject
  readonly name: string
  readonly open: Decision
  readonly slices: readonly SliceAbilities[]
  readonly actions: readonly { readonly action: ModelActionId; readonly decision: Decision }[]
  readonly lists: readonly { readonly list: ListId; readonly decision: Decision }[]
  readonly administration: readonly { readonly act: ModelSetting | `selectiveAccess.import:${string}`; readonly decision: Decision }[]
}

const settings: readonly ModelSetting[] = [
  'time', 'versions', 'generalLists', 'modules', 'lineItemSubsets', 'users', 'actions', 'sourceModels', 'revisionTags', 'history', 'contents', 'dashboards', 'dataTags', 'views', 'lineItems', 'modelMap',
]

const sliceOf = (model: ModelRecord, read: CellGrid, write: CellGrid, driven: boolean, at: Omit<SliceAbilities, 'level' | 'cells' | 'read' | 'write' | 'dimensions'>): SliceAbilities => {
  const cells = read.items.reduce((product, items) => product * items.length, 1)
  const readCount = read.count()
  const writeCount = write.count()
  // Without drivers nothing is lowered: undriven() would count the same cells again.
  return {
    ...at,
    level: write.common.effect === 'allow' ? 'write' : read.common.effect === 'allow' ? 'read' : 'none',
    cells,
    read: { allowed: readCount, lowered: driven ? read.undriven() - readCount : 0 },
    write: { allowed: writeCount, lowered: driven ? write.undriven() - writeCount : 0 },
    dimensions: read.dimensions.flatMap((listId, d) => {
      const list = model.lists.get(listId)
      return list === undefined
        ? []
        : [{ list: listId, read: foldItems(model, list, read.selective[d], 1, read.common.effect === 'allow'), write: foldItems(model, list, write.selective[d], 2, write.common.effect === 'allow') }]
    }),
  }
}

/**
 * The {@link ModelAbilities} of a subject in a model: cells through `decideCells` (one grid per slice
 * and act), everything else through `decide`.
 *
 * @example
 * ```ts
 * modelAbilities(model, decider, decideCells(world), who, 'paula')
 * ```
 */
export const modelAbilities = (model: ModelRecord, decider: Decider, cells: CellBatch, who: Subject, name: string): ModelAbilities => {
  const slices: SliceAbilities[] = []
  for (const module of model.modules.values())
    for (const lineItem of module.lineItems.values())
      for (const version of model.versions) {
        const at = { model: model.id, module: module.id, lineItem: lineItem.id, version }
        const read = cells(who, { type: 'cell.read', channel: 'interactive' }, at)
        const write = cells(who, { type: 'cell.write', channel: 'interactive' }, at)
        const driven = lineItem.readDriver !== undefined || lineItem.writeDriver !== undefined
        slices.push(sliceOf(model, read, write, driven, { module: module.id, lineItem: lineItem.id, version }))
      }
  return {
    kind: 'model',
    subject: who,
    name,
    open: decider(who, { type: 'model.open' }, resource.model(model.id)),
    slices,
    actions: [...model.actions.keys()].map((action) => ({ action, decision: decider(who, { type: 'modelAction.run' }, resource.modelAction(model.id, action)) })),
    lists: [...model.lists.keys()].map((list) => ({ list, decision: decider(who, { type: 'list.editStructure' }, resource.list(model.id, list)) })),
    administration: [
      ...settings.map((setting) => ({ act: setting, decision: decider(who, { type: 'model.manage', setting }, resource.model(model.id)) })),
      ...[...model.lists.values()]
        .filter((list) => list.selectiveAccess)
        .map((list) => ({ act: `selectiveAccess.import:${list.id}` as const, decision: decider(who, { type: 'selectiveAccess.import', mode: 'additive' }, resource.list(model.id, list.id)) })),
    ],
  }
}
