import * as t from 'io-ts'
import { oneOf } from '../primitives.js'
import { struct } from '../struct.js'

/** Codecs of the model administration acts, by type. */
export const modelAdministrationActionCodecs = {
  'selectiveAccess.import': struct('selectiveAccess.import', {
    type: t.literal('selectiveAccess.import'),
    mode: oneOf('selective access import mode', ['additive', 'clearThenLoad']),
  }),
} as const
