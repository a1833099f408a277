import type * as t from 'io-ts'
import { actionC } from './codecs/action.js'
import { fastDecoderOf, fullOnly, rejected, type FastDecoder } from './codecs/fast.js'
import { report } from './codecs/report.js'
import { resourceC } from './codecs/resource.js'
import { pollutingField } from './codecs/struct.js'
import { subjectC } from './codecs/subject.js'
import type { Action } from './domain/action.js'
import type { Request } from './domain/request.js'
import type { Resource } from './domain/resource.js'
import type { Actor, Subject } from './domain/subject.js'
import { cellRequest } from './cell-request.js'
import { thrownMessage } from './internal/thrown.js'

/**
 * Why a request was refused before any rule saw it: the path of the first bad field
 * (`subject.kind`, `resource.items.region`) and what was wrong there.
 *
 * @example
 * ```ts
 * const refusal = new Refusal('subject.kind', "missing field 'kind' in subject")
 * ```
 */
export class Refusal {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

interface Part<A> {
  readonly name: string
  readonly codec: t.Mixed
  readonly copy: FastDecoder<A>
}

/** The first error the full decoder reports on a value the fast one rejected, its path under the part's name. */
const refusal = (of: Part<unknown>, value: unknown): Refusal => {
  try {
    const decoded = fullOnly(of.codec).validate(value, [{ key: '', type: of.codec, actual: value }])
    if (decoded._tag === 'Right') return new Refusal(of.name, 'it answered differently when read again')
    const first = report(decoded.left)[0]
    return first === undefined ? new Refusal(of.name, 'it is malformed') : new Refusal(first.path === '(root)' ? of.name : `${of.name}.${first.path}`, first.message)
  } catch (error) {
    return new Refusal(of.name, `it could not be read: ${thrownMessage(error)}`)
  }
}

/** The part copied with exactly the codec's fields, each read once, or why not. */
const copied = <A>(of: Part<A>, value: unknown): A | Refusal => {
  let copy: A | typeof rejected
  try {
    copy = of.copy(value, 'copy')
  } catch (error) {
    return new Refusal(of.name, `it could not be read: ${thrownMessage(error)}`)
  }
  return copy === rejected ? refusal(of, value) : copy
}

/**
 * A checker of one part of a question, as {@link checkedRequest} checks a request's parts: a copy of
 * the value with exactly the codec's fields, each read once, or a {@link Refusal} naming the first bad
 * field under the part's name. It never throws. The questions that take a request apart use it
 * (`whoCan` an action, a resource and its options, `whatCan` a subject and a scope).
 *
 * @example
 * ```ts
 * const checkedAction = checkedPart<Action>('action', actionC)
 * checkedAction({ type: 'model.open', as: 'admin' }) // { path: 'action.as', message: "unknown field 'as' in …" }
 * ```
 */
export const checkedPart = <A>(name: string, codec: t.Type<A, unknown>): ((value: unknown) => A | Refusal) => {
  const of = part(name, codec)
  return (value) => polluted(name) ?? copied(of, value)
}

const part = <A>(name: string, codec: t.Type<A, unknown>): Part<A> => ({ name, codec, copy: fastDecoderOf(codec) as FastDecoder<A> })

/**
 * A refusal of the part while `Object.prototype` holds an enumerable field of the codecs (see
 * `pollutingField`): a copy would read as holding it.
 */
const polluted = (name: string): Refusal | undefined => {
  const field = pollutingField(true)
  return field === undefined ? undefined : new Refusal(name, `Object.prototype holds '${field}', a field every object would inherit: nothing can be read`)
}

const subjectPart = part<Subject>('subject', subjectC)
const actionPart = part<Action>('action', actionC)
const resourcePart = part<Resource>('resource', resourceC)

/** A subject checked and copied (see {@link checkedPart}). */
export const checkedSubject = (subject: unknown): Subject | Refusal => polluted('subject') ?? copied(subjectPart, subject)
/** An action checked and copied (see {@link checkedPart}). */
export const checkedAction = (action: unknown): Action | Refusal => polluted('action') ?? copied(actionPart, action)
/** A resource checked and copied (see {@link checkedPart}). */
export const checkedResource = (resource: unknown): Resource | Refusal => polluted('resource') ?? copied(resourcePart, resource)

/**
 * The request every rule sees, checked once before any of them runs: subject, action and resource
 * copied through their codecs (`codecs.subject`, `codecs.action`, `codecs.resource`), so that it has
 * exactly the shape those accept, owns its data (a caller who changes an object afterwards changes no
 * decision), and reads each field of the caller's objects once (a getter or proxy cannot answer one
 * way to the check and another to a rule). What they reject comes back as a {@link Refusal} naming
 * the first bad field. It never throws.
 *
 * @example
 * ```ts
 * checkedRequest({ kind: 'user', id: 'ana' }, { type: 'model.open' }, { kind: 'model', id: 'fp' }) // a Request of fresh objects
 * checkedRequest({ id: 'ana' }, { type: 'model.open' }, { kind: 'model', id: 'fp' }) // { path: 'subject.kind', message: … }
 * ```
 */
export const checkedRequest = (subject: unknown, action: unknown, resource: unknown): Request | Refusal => {
  try {
    const cell = cellRequest(subject, action, resource)
    if (cell !== undefined) return cell
  } catch {
    // A part that cannot be read: the codecs' path below names it.
  }
  // One look at Object.prototype for the three parts.
  const s = checkedSubject(subject)
  if (s instanceof Refusal) return s
  const a = copied(actionPart, action)
  if (a instanceof Refusal) return a
  const r = copied(resourcePart, resource)
  if (r instanceof Refusal) return r
  const actor: Actor | undefined = s.kind === 'scheduler' ? undefined : s
  return { subject: s, actor, action: a, resource: r }
}
