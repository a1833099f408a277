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

/**
 * A text that equals another's exactly when the two values are the same JSON, whatever the order of
 * their keys: tells a repeated command from a different one with the same key.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: 2 }) === canonicalJson({ a: 2, b: 1 }) // true
 * ```
 */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(Reflect.get(value, key))}`)
      .join(',')}}`
  return value === undefined ? 'null' : JSON.stringify(value)
}
