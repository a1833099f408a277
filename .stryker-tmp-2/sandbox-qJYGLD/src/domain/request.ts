// @ts-nocheck
import type { Action } from './action.js'
import type { Resource } from './resource.js'
import type { Actor, Subject } from './subject.js'

/**
 * One question: may `subject` do `action` on `resource`? `actor` is the identity every data check
 * uses: the subject itself, or, inside an integration run, the resolved run identity.
 *
 * @example
 * ```ts
 * const request: Request = { subject: subject.user(id.user('ana')), actor: subject.user(id.user('ana')), action: { type: 'model.open' }, resource: resource.model(id.model('fp')) }
 * ```
 */
export interface Request {
  readonly subject: Subject
  readonly actor: Actor | undefined
  readonly action: Action
  readonly resource: Resource
}
