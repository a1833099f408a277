// @ts-nocheck
import * as t from 'io-ts'
import type * as I from '../domain/ids.js'
import type { Resource } from '../domain/resource.js'
import { brandedIdC, recordOf } from './primitives.js'
import { struct } from './struct.js'
import { tagged } from './tagged.js'

const kind = <K extends string>(k: K) => ({ kind: t.literal(k) })

/**
 * A resource on the wire, told apart by `kind`.
 *
 * @example
 * ```ts
 * resourceC.decode({ kind: 'model', id: 'fp' })._tag // 'Right'
 * ```
 */
export const resourceC: t.Type<Resource, Resource> = tagged<Resource>('resource', 'kind', {
  tenant: struct('tenant', kind('tenant')),
  user: struct('user', { ...kind('user'), id: brandedIdC<I.UserId>() }),
  workspace: struct('workspace', { ...kind('workspace'), id: brandedIdC<I.WorkspaceId>() }),
  model: struct('model', { ...kind('model'), id: brandedIdC<I.ModelId>() }),
  list: struct('list', { ...kind('list'), model: brandedIdC<I.ModelId>(), list: brandedIdC<I.ListId>() }),
  listItem: struct('list item', {
    ...kind('listItem'),
    model: brandedIdC<I.ModelId>(),
    list: brandedIdC<I.ListId>(),
    item: brandedIdC<I.ItemId>(),
  }),
  cell: struct('cell', {
    ...kind('cell'),
    model: brandedIdC<I.ModelId>(),
    module: brandedIdC<I.ModuleId>(),
    lineItem: brandedIdC<I.LineItemId>(),
    version: brandedIdC<I.VersionId>(),
    items: recordOf('cell items', brandedIdC<I.ItemId>()),
  }),
  modelAction: struct('model action', { ...kind('modelAction'), model: brandedIdC<I.ModelId>(), action: brandedIdC<I.ModelActionId>() }),
  cloudworksConnection: struct('CloudWorks connection', { ...kind('cloudworksConnection'), id: brandedIdC<I.ConnectionId>() }),
  integration: struct('integration', { ...kind('integration'), id: brandedIdC<I.IntegrationId>() }),
  workplace: struct('workplace', kind('workplace')),
  workplaceConnection: struct('workplace connection', { ...kind('workplaceConnection'), id: brandedIdC<I.ConnectionId>() }),
  project: struct('project', { ...kind('project'), id: brandedIdC<I.ProjectId>() }),
  account: struct('account', kind('account'), { workspace: brandedIdC<I.WorkspaceId>() }),
})
