import * as t from 'io-ts'
import { listOf, oneOf } from '../../codecs/primitives.js'
import { struct } from '../../codecs/struct.js'

/**
 * One expectation of a conformance request: only the fields present are compared (reasons and
 * warnings as sets of codes, the actor as JSON).
 *
 * @example
 * ```ts
 * const expect: Expectation = { effect: 'deny', reasons: ['default.no_grant'] }
 * ```
 */
export const expectationC = struct(
  'expectation',
  { effect: oneOf('effect', ['allow', 'deny']) },
  { reasons: listOf(t.string), warnings: listOf(t.string), level: t.string, actor: t.unknown },
)

/** What {@link expectationC} decodes to. */
export type Expectation = t.TypeOf<typeof expectationC>

/**
 * A conformance case file: a world and requests with their expectations. The world and each request's
 * `subject`, `action` and `resource` are decoded later, so that a bad one fails its own case only.
 *
 * @example
 * ```ts
 * caseFileC.decode(JSON.parse(text))
 * ```
 */
export const caseFileC = struct(
  'case file',
  {
    description: t.string,
    world: t.unknown,
    requests: listOf(
      struct('case', { description: t.string, expect: expectationC }, { subject: t.unknown, action: t.unknown, resource: t.unknown }),
    ),
  },
  { covers: listOf(t.string), $schema: t.string },
)

/** What {@link caseFileC} decodes to. */
export type CaseFile = t.TypeOf<typeof caseFileC>
