// @ts-nocheck
import * as t from 'io-ts'
import type * as I from '../../domain/ids.js'
import { brandedIdC, oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })

/**
 * Codecs of the CloudWorks acts, by type.
 *
 * @example
 * ```ts
 * cloudworksActionCodecs['cloudworks.run'].is({ type: 'cloudworks.run' }) // true
 * ```
 */
export const cloudworksActionCodecs = {
  'cloudworks.create': struct('cloudworks.create', {
    ...type('cloudworks.create'),
    object: oneOf('CloudWorks object', ['connection', 'integration']),
  }),
  'cloudworks.manage': struct('cloudworks.manage', {
    ...type('cloudworks.manage'),
    operation: oneOf('operation', ['read', 'update', 'delete']),
  }),
  'cloudworks.run': struct('cloudworks.run', type('cloudworks.run')),
  'cloudworks.setRunAs': struct('cloudworks.setRunAs', {
    ...type('cloudworks.setRunAs'),
    user: t.union([brandedIdC<I.UserId>(), t.null]),
  }),
} as const
