// @ts-nocheck
import * as t from 'io-ts'
import { oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })

/**
 * Codecs of the data acts, by type.
 *
 * @example
 * ```ts
 * dataActionCodecs['cell.read'].decode({ type: 'cell.read', channel: 'interactive' })._tag // 'Right'
 * ```
 */
export const dataActionCodecs = {
  'cell.read': struct('cell.read', { ...type('cell.read'), channel: oneOf('read channel', ['interactive', 'export', 'importSource']) }),
  'cell.write': struct('cell.write', { ...type('cell.write'), channel: oneOf('write channel', ['interactive', 'fileImport', 'modelImport']) }),
  'listItem.read': struct('listItem.read', type('listItem.read')),
  'listItem.write': struct('listItem.write', type('listItem.write')),
  'list.editStructure': struct('list.editStructure', type('list.editStructure')),
  'modelAction.run': struct('modelAction.run', type('modelAction.run')),
} as const
