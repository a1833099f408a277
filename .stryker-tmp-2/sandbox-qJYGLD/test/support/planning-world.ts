// @ts-nocheck
import { decide, id, resource, subject, type Action, type Actor, type Decision, type ModelInput, type Settings, type TenantInput } from '../../src/index.js'
import type { CellResource } from '../../src/index.js'
import { compiled } from './compiled.js'

/**
 * A small typed planning world for rule tests: workspace `ws` holding model `fp`.
 *
 * Users: `ana` (custom role `planner`), `wsa` (workspace administrator, Full Access), `full` (Full
 * Access), `none` (No Access), `nobody` (member without a role), `outsider` (not a member).
 * Lists: `region` (SA: emea, amer) ← `country` (SA: uk, fr under emea; us under amer); `product` (no SA).
 * Versions `actual`, `plan`. Modules: `sales` (country × product; line items `revenue`, `margin`),
 * `targets` (no lists; line item `goal`), `regional` (region; line item `total`).
 */
export const baseModel: ModelInput = {
  id: 'fp',
  workspace: 'ws',
  roles: [
    { id: 'planner', modules: { sales: 'write', targets: 'read' }, versions: { actual: 'read', plan: 'write' }, lists: ['product'], actions: ['exportSales'] },
  ],
  assignments: [
    { user: 'ana', role: 'planner' },
    { user: 'wsa', role: 'fullAccess' },
    { user: 'full', role: 'fullAccess' },
    { user: 'none', role: 'noAccess' },
  ],
  lists: [
    { id: 'region', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'amer' }] },
    { id: 'country', parent: 'region', selectiveAccess: true, items: [{ id: 'uk', parent: 'emea' }, { id: 'fr', parent: 'emea' }, { id: 'us', parent: 'amer' }] },
    { id: 'product', items: [{ id: 'p1' }, { id: 'p2' }] },
  ],
  versions: [{ id: 'actual' }, { id: 'plan' }],
  modules: [
    { id: 'sales', lists: ['country', 'product'], lineItems: [{ id: 'revenue' }, { id: 'margin' }] },
    { id: 'targets', lineItems: [{ id: 'goal' }] },
    { id: 'regional', lists: ['region'], lineItems: [{ id: 'total' }] },
  ],
  actions: [{ id: 'exportSales', kind: 'export', source: { module: 'sales' }, target: { file: true } }],
}

/** The tenant around a model: every user is internal, every one but `outsider` a member of `ws`. */
export const planningTenant = (model: ModelInput = baseModel, extraModels: readonly ModelInput[] = []): TenantInput => ({
  users: ['ana', 'wsa', 'full', 'none', 'nobody', 'outsider', 'bea'].map((user) => ({ id: user, kind: 'internal' as const })),
  workspaces: [
    {
      id: 'ws',
      members: ['ana', 'wsa', 'full', 'none', 'nobody', 'bea'].map((user) => ({ user, admin: user === 'wsa' })),
    },
  ],
  models: [model, ...extraModels],
})

/** The base model with some fields replaced. */
export const withModel = (patch: Partial<ModelInput>): ModelInput => ({ ...baseModel, ...patch })

/** An actor by name: `alias` is the Internal (Full Access) alias, anything else a user. */
export const actor = (name: string): Actor => (name === 'alias' ? subject.internalAlias : subject.user(id.user(name)))

/** A cell of model `fp`. */
export const cell = (module: string, lineItem: string, version: string, items: Readonly<Record<string, string>> = {}): CellResource =>
  resource.cell({
    model: id.model('fp'),
    module: id.module(module),
    lineItem: id.lineItem(lineItem),
    version: id.version(version),
    items: Object.fromEntries(Object.entries(items).map(([list, item]) => [list, id.item(item)])),
  })

/** A decision in model `fp` over the given model and settings. */
export const ask = (model: ModelInput = baseModel, settings: Partial<Settings> = {}) => {
  const decider = decide(compiled({ tenant: planningTenant(model) }, settings))
  return (who: string, action: Action, on: Parameters<typeof decider>[2]): Decision => decider(actor(who), action, on)
}


const action = (value: Action): Action => value

/** Shorthand actions. */
export const act = {
  read: (channel: 'interactive' | 'export' | 'importSource' = 'interactive'): Action => ({ type: 'cell.read', channel }),
  write: (channel: 'interactive' | 'fileImport' | 'modelImport' = 'interactive'): Action => ({ type: 'cell.write', channel }),
  itemRead: action({ type: 'listItem.read' }),
  itemWrite: action({ type: 'listItem.write' }),
  editList: action({ type: 'list.editStructure' }),
  open: action({ type: 'model.open' }),
  run: action({ type: 'modelAction.run' }),
} as const
