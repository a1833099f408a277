import type { Io } from './io.js'

const codes = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const

/**
 * A colour (or weight) for terminal text.
 *
 * @example
 * ```ts
 * const colour: Colour = 'green'
 * ```
 */
export type Colour = keyof typeof codes

/**
 * Text in a colour when the output is a terminal and NO_COLOR is unset, else the text alone.
 *
 * @example
 * ```ts
 * io.out(`${paint(io, 'green', 'allow')}\n`)
 * ```
 */
export const paint = (io: Io, colour: Colour, text: string): string => (io.colour ? `\u001b[${codes[colour]}m${text}\u001b[0m` : text)

/** The width a cell takes on a terminal: its length without colour codes. */
// eslint-disable-next-line no-control-regex -- the escape sequences paint writes
const width = (text: string): number => text.replace(/\u001b\[\d+m/g, '').length

/**
 * Rows as an aligned plain-text table, the first row its header (underlined with dashes).
 *
 * @example
 * ```ts
 * table([['user', 'level'], ['ana', 'write']]) // "user  level\n----  -----\nana   write\n"
 * ```
 */
export const table = (rows: readonly (readonly string[])[]): string => {
  const [header, ...body] = rows
  if (header === undefined) return ''
  // A fold, not Math.max(...): spreading a few hundred thousand rows into a call overflows the stack.
  const widths = header.map((_, column) => rows.reduce((widest, row) => Math.max(widest, width(row[column] ?? '')), 0))
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n'
}

/**
 * The version of every `--json` document: it changes only when a field's meaning changes or a field goes.
 *
 * @example
 * ```ts
 * JSON.parse(stdout).version === jsonVersion
 * ```
 */
export const jsonVersion = 1

/**
 * A `--json` result on standard output: `{ version, command, ...body }`, one document, ending in a newline.
 *
 * @example
 * ```ts
 * printJson(io, 'check', { errors: [], findings: [] })
 * ```
 */
export const printJson = (io: Io, command: string, body: Readonly<Record<string, unknown>>): void => {
  io.out(`${JSON.stringify({ version: jsonVersion, command, ...body }, null, 2)}\n`)
}
