/**
 * The model-scoped questions a user can ask of every model of a tenant: opening it, and each data act
 * (cells, list items, list structure, model actions), for invariants that compare decisions.
 */
// @ts-nocheck

import { id, resource, type Action, type Resource, type TenantInput } from '../../src/index.js'

/** A data or model question, without its subject. */
export interface ModelQuestion {
  readonly action: Action
  readonly resource: Resource
}

/** Every data act and `model.open` on every model of the tenant (and on one unknown model). */
export const dataQuestions = (tenant: TenantInput): readonly ModelQuestion[] =>
  [...tenant.models.map((m) => m.id), 'ghost'].flatMap((modelId) => {
    const model = id.model(modelId)
    const list = id.list('regions')
    const cell = resource.cell({ model, module: id.module('revenue'), lineItem: id.lineItem('amount'), version: id.version('actual'), items: {} })
    return [
      { action: { type: 'model.open' }, resource: resource.model(model) },
      { action: { type: 'cell.read', channel: 'interactive' }, resource: cell },
      { action: { type: 'cell.read', channel: 'export' }, resource: cell },
      { action: { type: 'cell.write', channel: 'interactive' }, resource: cell },
      { action: { type: 'listItem.read' }, resource: resource.listItem(model, list, id.item('emea')) },
      { action: { type: 'listItem.write' }, resource: resource.listItem(model, list, id.item('emea')) },
      { action: { type: 'list.editStructure' }, resource: resource.list(model, list) },
      { action: { type: 'modelAction.run' }, resource: resource.modelAction(model, id.modelAction('load')) },
    ] satisfies readonly ModelQuestion[]
  })
