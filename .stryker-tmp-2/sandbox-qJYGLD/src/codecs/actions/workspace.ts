// @ts-nocheck
import * as t from 'io-ts'
import type * as I from '../../domain/ids.js'
import { brandedIdC, oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })
const via = oneOf('channel', ['administration', 'model', 'import'])

/**
 * Codecs of the workspace acts, by type.
 *
 * @example
 * ```ts
 * workspaceActionCodecs['model.open'].decode({ type: 'model.open' })._tag // 'Right'
 * ```
 */
export const workspaceActionCodecs = {
  'workspace.addUser': struct(
    'workspace.addUser',
    { ...type('workspace.addUser'), workspace: brandedIdC<I.WorkspaceId>(), via },
    { model: brandedIdC<I.ModelId>(), role: brandedIdC<I.RoleId>() },
  ),
  'workspace.removeUser': struct('workspace.removeUser', { ...type('workspace.removeUser'), workspace: brandedIdC<I.WorkspaceId>(), via }),
  'workspace.importUsers': struct('workspace.importUsers', {
    ...type('workspace.importUsers'),
    mode: oneOf('import mode', ['add', 'updateAttributes']),
  }),
  'workspace.exportUsers': struct('workspace.exportUsers', type('workspace.exportUsers')),
  'workspace.setAdmin': struct('workspace.setAdmin', {
    ...type('workspace.setAdmin'),
    workspace: brandedIdC<I.WorkspaceId>(),
    admin: t.boolean,
  }),
  'workspace.setModelRole': struct('workspace.setModelRole', {
    ...type('workspace.setModelRole'),
    model: brandedIdC<I.ModelId>(),
    role: brandedIdC<I.RoleId>(),
  }),
  'model.open': struct('model.open', type('model.open')),
  'model.manage': struct('model.manage', {
    ...type('model.manage'),
    setting: oneOf('model setting', [
      'time',
      'versions',
      'generalLists',
      'modules',
      'lineItemSubsets',
      'users',
      'actions',
      'sourceModels',
      'revisionTags',
      'history',
      'contents',
      'dashboards',
      'dataTags',
      'views',
      'lineItems',
      'modelMap',
    ]),
  }),
} as const
