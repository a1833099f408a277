// @ts-nocheck
import type { ReadChannel, WriteChannel } from './domain/actions/data.js'
import type { Request } from './domain/request.js'
import type { CellResource } from './domain/resource.js'
import type { UserSubject } from './domain/subject.js'

const isId = (u: unknown): u is string => typeof u === 'string' && u.length > 0
const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u)
/** The cell actions, one frozen object each: a checked action is one of these, never a copy to allocate. */
const reads: ReadonlyMap<unknown, Request['action']> = new Map(
  (['interactive', 'export', 'importSource'] as const).map((channel: ReadChannel) => [channel, Object.freeze({ type: 'cell.read', channel })]),
)
const writes: ReadonlyMap<unknown, Request['action']> = new Map(
  (['interactive', 'fileImport', 'modelImport'] as const).map((channel: WriteChannel) => [channel, Object.freeze({ type: 'cell.write', channel })]),
)

/**
 * Whether a plain object (its prototype `Object.prototype`) has exactly `count` enumerable keys: once
 * its `count` declared fields have been read and found valid, it has no other. Counted, nothing allocated.
 */
const hasOnly = (u: object, count: number): boolean => {
  if (Object.getPrototypeOf(u) !== Object.prototype) return false
  let n = 0
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
  for (const _ in u) n++
  return n === count
}

/** Whether every item the cell names is an id, own properties only (the cell lookup reads each once and only own ones). */
const namesItems = (u: unknown): u is CellResource['items'] => {
  if (!isRecord(u)) return false
  for (const key in u) if (Object.hasOwn(u, key) && !isId(u[key])) return false
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
  if (!isRecord(subject) || !isRecord(action) || !isRecord(resource)) return undefined
  const type = action['type']
  const act = type === 'cell.read' ? reads.get(action['channel']) : type === 'cell.write' ? writes.get(action['channel']) : undefined
  if (act === undefined || !hasOnly(action, 2)) return undefined
  const kind = subject['kind']
  const id = subject['id']
  if (kind !== 'user' || !isId(id) || !hasOnly(subject, 2)) return undefined
  const cell = resource['kind']
  const model = resource['model']
  const module = resource['module']
  const lineItem = resource['lineItem']
  const version = resource['version']
  const items = resource['items']
  if (cell !== 'cell' || !isId(model) || !isId(module) || !isId(lineItem) || !isId(version) || !namesItems(items) || !hasOnly(resource, 6)) return undefined
  const user: UserSubject = { kind, id: id as UserSubject['id'] }
  const copied: CellResource = { kind: cell, model: model as CellResource['model'], module: module as CellResource['module'], lineItem: lineItem as CellResource['lineItem'], version: version as CellResource['version'], items }
  return { subject: user, actor: user, action: act, resource: copied }
}
