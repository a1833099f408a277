// @ts-nocheck
import * as t from 'io-ts'
import type * as I from '../../domain/ids.js'
import { accessC, brandedIdC, listOf, oneOf, recordOf } from '../primitives.js'
import { struct } from '../struct.js'

const role = brandedIdC<I.RoleId>()

/**
 * Codecs of the model administration acts, by type.
 *
 * @example
 * ```ts
 * modelAdministrationActionCodecs['model.createRole'].decode({ type: 'model.createRole', role: 'reviewer' })._tag // 'Right'
 * ```
 */
export const modelAdministrationActionCodecs = {
  'selectiveAccess.import': struct('selectiveAccess.import', {
    type: t.literal('selectiveAccess.import'),
    mode: oneOf('selective access import mode', ['additive', 'clearThenLoad']),
  }),
  'model.createRole': struct('model.createRole', { type: t.literal('model.createRole'), role }),
  'model.setRolePermissions': struct(
    'model.setRolePermissions',
    { type: t.literal('model.setRolePermissions'), role },
    {
      modules: recordOf('module permissions', accessC),
      versions: recordOf('version permissions', accessC),
      lists: listOf(brandedIdC<I.ListId>()),
      actions: listOf(brandedIdC<I.ModelActionId>()),
    },
  ),
  'model.deleteRole': struct('model.deleteRole', { type: t.literal('model.deleteRole'), role }),
  'selectiveAccess.setAliasAccess': struct('selectiveAccess.setAliasAccess', {
    type: t.literal('selectiveAccess.setAliasAccess'),
    item: brandedIdC<I.ItemId>(),
    level: accessC,
  }),
} as const
