import * as t from 'io-ts'
import type { Decision } from '../decision/decision.js'
import type { Reason } from '../decision/reason.js'
import type { Level } from '../domain/lattice.js'
import { reasonCodes } from '../explain.js'
import { withSchema } from './json-schema.js'
import { oneOf, recordOf } from './primitives.js'
import { struct } from './struct.js'
import { subjectC } from './subject.js'

const known = new Set<string>(reasonCodes)
const paramC = t.union([t.string, t.number, t.boolean, t.readonlyArray(t.string)])

/**
 * A reason on the wire: a known code plus flat parameters.
 *
 * @example
 * ```ts
 * reasonC.decode({ code: 'default.no_grant', action: 'cell.read' })._tag // 'Right'
 * reasonC.decode({ code: 'no.such_code' })._tag // 'Left'
 * ```
 */
export const reasonC = withSchema(
  new t.Type<Reason, Reason, unknown>(
    'reason',
    (u): u is Reason => typeof u === 'object' && u !== null && typeof (u as { code?: unknown }).code === 'string' && known.has((u as { code: string }).code),
    (u, c) => {
      const params = recordOf('reason', paramC).validate(u, c)
      if (params._tag === 'Left') return params
      const code = params.right['code']
      return typeof code === 'string' && known.has(code)
        ? t.success({ ...params.right } as unknown as Reason)
        : t.failure(code, t.appendContext(c, 'code', t.string, code), code === undefined ? "missing field 'code' in reason" : `unknown reason code ${JSON.stringify(code)}`)
    },
    t.identity,
  ),
  (schemaOf) => ({
    title: 'reason',
    type: 'object',
    properties: { code: { enum: [...reasonCodes] } },
    required: ['code'],
    additionalProperties: schemaOf(paramC),
  }),
)

const levelC = oneOf<Level>('level', ['none', 'read', 'write', 'viewer', 'consumer', 'admin', 'allowed'])

/**
 * A decision on the wire, as written to audit logs. Decoding checks every reason code is known.
 *
 * @example
 * ```ts
 * import { codecs } from 'accessgrid'
 * const back = codecs.decision.decode(JSON.parse(JSON.stringify(decision)))
 * ```
 */
export const decisionC: t.Type<Decision, Decision> = struct(
  'decision',
  { effect: oneOf('effect', ['allow', 'deny']), level: levelC, reasons: t.readonlyArray(reasonC), warnings: t.readonlyArray(reasonC) },
  { actor: subjectC as t.Type<NonNullable<Decision['actor']>, NonNullable<Decision['actor']>> },
)
