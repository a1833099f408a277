import type { ReadCell, ReadChannel, WriteCell, WriteChannel } from './data.js'

const read = (channel: ReadChannel): ReadCell => Object.freeze({ type: 'cell.read', channel })
const write = (channel: WriteChannel): WriteCell => Object.freeze({ type: 'cell.write', channel })

/** Every cell action, one frozen object each: what `action.cellRead` and `action.cellWrite` return. */
const reads: Readonly<Record<ReadChannel, ReadCell>> = { interactive: read('interactive'), export: read('export'), importSource: read('importSource') }
const writes: Readonly<Record<WriteChannel, WriteCell>> = { interactive: write('interactive'), fileImport: write('fileImport'), modelImport: write('modelImport') }

/**
 * The cell action of this type and channel, one of the frozen objects of {@link action}, or
 * undefined when there is none. Compared directly, with no lookup by key (a channel named `toString` is
 * no channel).
 *
 * @example
 * ```ts
 * cellAction('cell.read', 'export') === action.cellRead('export') // true
 * cellAction('cell.read', 'fileImport') // undefined: a write channel
 * ```
 */
export const cellAction = (type: unknown, channel: unknown): ReadCell | WriteCell | undefined => {
  if (type === 'cell.read')
    return channel === 'interactive' ? reads.interactive : channel === 'export' ? reads.export : channel === 'importSource' ? reads.importSource : undefined
  if (type === 'cell.write')
    return channel === 'interactive' ? writes.interactive : channel === 'fileImport' ? writes.fileImport : channel === 'modelImport' ? writes.modelImport : undefined
  return undefined
}

/**
 * Constructors for the cell actions, those `decide` answers most often. Each returns one shared, frozen
 * object, which `decide` recognises as it is, without reading its keys (a literal action is checked key
 * by key on every call), and which no caller can change. Other actions are written as literals, and
 * `decide` checks them with the codecs. A channel that is none, passed from JavaScript, gives a fresh
 * action, which `decide` refuses naming `action.channel`.
 *
 * @example
 * ```ts
 * decider(subject.user(id.user('ana')), action.cellRead(), cell) // { type: 'cell.read', channel: 'interactive' }
 * decider(subject.user(id.user('ana')), action.cellWrite('fileImport'), cell)
 * ```
 */
export const action = {
  cellRead: (channel: ReadChannel = 'interactive'): ReadCell => (cellAction('cell.read', channel) as ReadCell | undefined) ?? { type: 'cell.read', channel },
  cellWrite: (channel: WriteChannel = 'interactive'): WriteCell => (cellAction('cell.write', channel) as WriteCell | undefined) ?? { type: 'cell.write', channel },
} as const
