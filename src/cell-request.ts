import type { ReadChannel, WriteChannel } from './domain/actions/data.js'
import type { Request } from './domain/request.js'
import type { CellResource } from './domain/resource.js'
import type { UserSubject } from './domain/subject.js'

const isId = (u: unknown): u is string => typeof u === 'string' && u.length > 0
/** An object the codecs read as a struct: not null, not an array. */
const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u)

const read = (channel: ReadChannel): Request['action'] => Object.freeze({ type: 'cell.read', channel })
const write = (channel: WriteChannel): Request['action'] => Object.freeze({ type: 'cell.write', channel })
/** The cell actions, one frozen object each: a checked action is one of these, never a copy to allocate. */
const readInteractive = read('interactive')
const readExport = read('export')
const readImportSource = read('importSource')
const writeInteractive = write('interactive')
const writeFileImport = write('fileImport')
const writeModelImport = write('modelImport')

/** The cell action of this type and channel, compared directly (no hashing), or undefined. */
const cellAction = (type: unknown, channel: unknown): Request['action'] | undefined => {
  if (type === 'cell.read')
    return channel === 'interactive' ? readInteractive : channel === 'export' ? readExport : channel === 'importSource' ? readImportSource : undefined
  if (type === 'cell.write')
    return channel === 'interactive' ? writeInteractive : channel === 'fileImport' ? writeFileImport : channel === 'modelImport' ? writeModelImport : undefined
  return undefined
}

/**
 * Whether an object's enumerable keys are exactly the `count` names given, each its own, as the codecs
 * require of a struct's fields (`codecs.subject` and the others reject an unknown key and a missing or
 * inherited field, whatever the prototype). One for-in loop and direct comparisons: the own-property
 * test of a key the loop yields is compiled to a check of the object's hidden class, so that nothing is
 * allocated or looked up. Unused names are `''`, which no key the loop yields can equal here (an empty
 * key is not among the names counted).
 */
const hasExactly = (u: object, count: number, a: string, b: string, c = '', d = '', e = '', f = ''): boolean => {
  let seen = 0
  for (const key in u) {
    if (key === '' || (key !== a && key !== b && key !== c && key !== d && key !== e && key !== f) || !Object.prototype.hasOwnProperty.call(u, key)) return false
    seen++
  }
  return seen === count
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
 * Each field of the caller's objects is read once.
 *
 * @example
 * ```ts
 * cellRequest({ kind: 'user', id: 'ana' }, { type: 'cell.read', channel: 'interactive' }, cell) // a Request of fresh objects
 * cellRequest({ kind: 'user', id: 'ana', session: { issuedAt: 1 } }, read, cell) // undefined: the codecs decide
 * ```
 */
export const cellRequest = (subject: unknown, action: unknown, resource: unknown): Request | undefined => {
  if (!isObject(subject) || !isObject(action) || !isObject(resource)) return undefined
  const act = cellAction(action['type'], action['channel'])
  if (act === undefined || !hasExactly(action, 2, 'type', 'channel')) return undefined
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
