// @ts-nocheck
import * as t from 'io-ts'
import type { Action } from '../domain/action.js'
import type { Resource } from '../domain/resource.js'
import type { Subject } from '../domain/subject.js'
import { actionC } from './action.js'
import { resourceC } from './resource.js'
import { struct } from './struct.js'
import { subjectC } from './subject.js'

/**
 * A whole question on the wire: `{ subject, action, resource }`.
 *
 * @example
 * ```ts
 * const input: RequestInput = { subject: subject.user(id.user('ana')), action: { type: 'model.open' }, resource: resource.model(id.model('fp')) }
 * ```
 */
export interface RequestInput {
  /** The JSON Schema an editor checks the file with (`./node_modules/accessgrid/schema/request.json`); ignored. */
  readonly $schema?: string
  readonly subject: Subject
  readonly action: Action
  readonly resource: Resource
}

/**
 * The codec of {@link RequestInput}.
 *
 * @example
 * ```ts
 * requestC.decode({ subject: { kind: 'user', id: 'ana' }, action: { type: 'model.open' }, resource: { kind: 'model', id: 'fp' } })._tag // 'Right'
 * ```
 */
export const requestC: t.Type<RequestInput, RequestInput> = struct(
  'request',
  { subject: subjectC, action: actionC, resource: resourceC },
  { $schema: t.string },
)
