import * as t from 'io-ts'
import type * as I from '../../domain/ids.js'
import { withSchema } from '../json-schema.js'
import { brandedIdC, oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })

const isStepNumber = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u >= 1

/** A step of an integration, counted from 1. */
const stepNumberC = withSchema(
  new t.Type<number, number, unknown>('step number', isStepNumber, (u, c) => (isStepNumber(u) ? t.success(u) : t.failure(u, c, 'expected a step number (an integer from 1)')), t.identity),
  () => ({ type: 'integer', minimum: 1 }),
)

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
  'cloudworks.setStepRunAs': struct('cloudworks.setStepRunAs', {
    ...type('cloudworks.setStepRunAs'),
    step: stepNumberC,
    user: t.union([brandedIdC<I.UserId>(), t.null]),
  }),
} as const
