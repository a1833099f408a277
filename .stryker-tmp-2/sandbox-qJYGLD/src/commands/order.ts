// @ts-nocheck
import type { Command, Tiebreak } from './command.js'

const compareTiebreaks = (a: Tiebreak, b: Tiebreak): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a === b ? 0 : a < b ? -1 : 1
}

/**
 * The total order of commands (A17, A41): by timestamp, then by tiebreak; never by who sent them.
 *
 * @example
 * ```ts
 * [...commands].sort(compareCommands)
 * ```
 */
export const compareCommands = (a: Pick<Command, 'at' | 'tiebreak'>, b: Pick<Command, 'at' | 'tiebreak'>): number =>
  a.at !== b.at ? a.at - b.at : compareTiebreaks(a.tiebreak, b.tiebreak)

/**
 * The index at which a command goes in a sorted list: after every command whose key is not greater.
 *
 * @example
 * ```ts
 * insertionPoint(sorted, command)
 * ```
 */
export const insertionPoint = (sorted: readonly Command[], command: Command): number => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const probe = sorted[middle]
    if (probe !== undefined && compareCommands(probe, command) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/** Sorts an object's keys (as own data properties, so `__proto__` stays an ordinary key); anything else as it is. */
const sortedKeys = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, (value as Record<string, unknown>)[key]]))
    : value

/**
 * A text that equals another's exactly when the two values are the same JSON, whatever the order of
 * their keys: tells a repeated command from a different one with the same key. JSON's own semantics
 * decide everything else: a field whose value is `undefined` is left out (`{ a: undefined }` is `{}`),
 * `undefined` in an array is `null`, and `toJSON` is honoured.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: 2 }) === canonicalJson({ a: 2, b: 1 }) // true
 * canonicalJson({ a: 1, session: undefined }) === canonicalJson({ a: 1 }) // true
 * ```
 */
export const canonicalJson = (value: unknown): string =>
  // What JSON.stringify turns into undefined, whatever its declared type says, reads as null.
  value === undefined || typeof value === 'function' || typeof value === 'symbol' ? 'null' : JSON.stringify(value, sortedKeys)
