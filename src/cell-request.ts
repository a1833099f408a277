import { cellAction } from './domain/actions/cell-actions.js'
import type { Request } from './domain/request.js'
import type { CellResource } from './domain/resource.js'
import type { UserSubject } from './domain/subject.js'
import { hasExactly, isId, isObject } from './internal/plain-fields.js'

/**
 * The cell action an action names, checked as the codecs check it (exactly `type` and `channel`, each
 * one the codecs know): one of the frozen cell actions of `action`, or undefined for anything else,
 * including an action whose fields cannot be read.
 *
 * @example
 * ```ts
 * cellActionOf({ type: 'cell.read', channel: 'export' }) // a frozen { type: 'cell.read', channel: 'export' }
 * cellActionOf({ type: 'model.open' }) // undefined
 * ```
 */
export const cellActionOf = (action: unknown): Request['action'] | undefined => {
  try {
    if (!isObject(action)) return undefined
    const act = cellAction(action['type'], action['channel'])
    // The action itself when it is one of the shared, frozen cell actions: no key to look at.
    return act !== undefined && ((act as object) === action || hasExactly(action, 2, 'type', 'channel')) ? act : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether every item the cell names is an id, as the codecs require of `items`: an object, not an
 * array, whose enumerable keys are its own and each hold an id.
 */
const namesItems = (u: unknown): u is CellResource['items'] => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false
  for (const key in u) {
    if (!Object.prototype.hasOwnProperty.call(u, key) || !isId((u as Readonly<Record<string, unknown>>)[key])) return false
  }
  return true
}

/**
 * The common request, checked and copied without the codecs' generic walk: a user without a session
 * reading or writing a cell, each object plain, with exactly its fields. It accepts only what the codecs
 * accept and copies what they copy, except that the cell's `items` are checked in place and kept (the
 * cell lookup reads each item once, own properties only); for anything else, including any request it
 * is unsure of, it returns undefined and the codecs decide (`test/decide/cell-request.props.test.ts`).
 * Each field of the caller's objects is read once; a shared cell action of `action` is taken as it is.
 *
 * @example
 * ```ts
 * cellRequest({ kind: 'user', id: 'ana' }, { type: 'cell.read', channel: 'interactive' }, cell) // a Request of fresh objects
 * cellRequest({ kind: 'user', id: 'ana', session: { issuedAt: 1 } }, read, cell) // undefined: the codecs decide
 * ```
 */
export const cellRequest = (subject: unknown, action: unknown, resource: unknown): Request | undefined => {
  if (!isObject(subject) || !isObject(resource)) return undefined
  const act = cellActionOf(action)
  if (act === undefined) return undefined
  const kind = subject['kind']
  const id = subject['id']
  if (kind !== 'user' || !isId(id) || !hasExactly(subject, 2, 'kind', 'id')) return undefined
  const cell = resource['kind']
  const model = resource['model']
  const module = resource['module']
  const lineItem = resource['lineItem']
  const version = resource['version']
  const items = resource['items']
  if (cell !== 'cell' || !isId(model) || !isId(module) || !isId(lineItem) || !isId(version) || !hasExactly(resource, 6, 'kind', 'model', 'module', 'lineItem', 'version', 'items') || !namesItems(items)) return undefined
  const user: UserSubject = { kind, id: id as UserSubject['id'] }
  const copied: CellResource = { kind: cell, model: model as CellResource['model'], module: module as CellResource['module'], lineItem: lineItem as CellResource['lineItem'], version: version as CellResource['version'], items }
  return { subject: user, actor: user, action: act, resource: copied }
}
