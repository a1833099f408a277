// @ts-nocheck
import * as t from 'io-ts'
import { listOf, oneOf, recordOf } from '../../codecs/primitives.js'
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
 * A `whoCan` expectation: the names of the subjects listed (in order), and, by name, their levels,
 * reason codes and the identity a run acts as (null for none); or the code of the problem that empties
 * the answer. Only the fields present are compared.
 *
 * @example
 * ```ts
 * const expect: WhoCanExpectation = { subjects: ['Internal (Full Access)', 'paula'], levels: { paula: 'write' } }
 * ```
 */
export const whoCanExpectationC = struct(
  'whoCan expectation',
  {},
  {
    subjects: listOf(t.string),
    levels: recordOf('levels by name', t.string),
    reasons: recordOf('reasons by name', listOf(t.string)),
    actors: recordOf('actors by name', t.union([t.string, t.null])),
    problem: t.string,
  },
)

/** What {@link whoCanExpectationC} decodes to. */
export type WhoCanExpectation = t.TypeOf<typeof whoCanExpectationC>

/**
 * A `whoCan` question of a case file: an action and a resource as the wire format spells them, the
 * options of `whoCan`, and what to expect.
 *
 * @example
 * ```ts
 * whoCanCaseC.decode({ description: 'who opens the plan', action: { type: 'model.open' }, resource: { kind: 'model', id: 'plan' }, expect: { subjects: ['paula'] } })
 * ```
 */
export const whoCanCaseC = struct(
  'whoCan case',
  { description: t.string, action: t.unknown, resource: t.unknown, expect: whoCanExpectationC },
  { options: recordOf('whoCan options', t.unknown) },
)

/** What {@link whoCanCaseC} decodes to. */
export type WhoCanCase = t.TypeOf<typeof whoCanCaseC>

/**
 * A `whatCan` question of a case file: a subject (wire format), a scope, and a partial answer every
 * field of which must match (objects: only the keys given; arrays: element by element).
 *
 * @example
 * ```ts
 * whatCanCaseC.decode({ description: 'paula in the plan', subject: { kind: 'user', id: 'paula' }, scope: { kind: 'model', model: 'plan' }, expect: { kind: 'model' } })
 * ```
 */
export const whatCanCaseC = struct('whatCan case', { description: t.string, subject: t.unknown, scope: t.unknown, expect: t.unknown })

/** What {@link whatCanCaseC} decodes to. */
export type WhatCanCase = t.TypeOf<typeof whatCanCaseC>

/**
 * A conformance case file: a world and requests with their expectations, and reverse questions
 * (`whoCan`, `whatCan`) with theirs. The world and each question's subject, action, resource and
 * scope are decoded later, so that a bad one fails its own case only.
 *
 * @example
 * ```ts
 * caseFileC.decode(JSON.parse(text))
 * ```
 */
export const caseFileC = struct(
  'case file',
  { description: t.string, world: t.unknown },
  {
    $schema: t.string,
    covers: listOf(t.string),
    requests: listOf(
      struct('case', { description: t.string, expect: expectationC }, { subject: t.unknown, action: t.unknown, resource: t.unknown }),
    ),
    whoCan: listOf(whoCanCaseC),
    whatCan: listOf(whatCanCaseC),
  },
)

/** What {@link caseFileC} decodes to. */
export type CaseFile = t.TypeOf<typeof caseFileC>
