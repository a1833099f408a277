import { readFile } from 'node:fs/promises'
import { Failure, type Io } from './io.js'
import { whyUnreadable } from './unreadable.js'

const unreadable = (path: string, error: unknown): Failure => new Failure(`${path}: ${whyUnreadable(error)}`)

/**
 * The text of a file, or of standard input when the path is `-`. A missing or unreadable file is a
 * {@link Failure} naming it.
 *
 * @example
 * ```ts
 * const text = await readText('world.json', io)
 * ```
 */
export const readText = async (path: string, io: Io): Promise<string> => {
  if (path === '-') return io.stdin()
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw unreadable(path, error)
  }
}

/** Where a JSON syntax error is, as `line L, column C`, from the position in Node's message. */
const where = (text: string, message: string): string => {
  const position = /position (\d+)/.exec(message)?.[1]
  if (position === undefined) return ''
  const before = text.slice(0, Number(position)).split('\n')
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`
}

/**
 * JSON text parsed, or a {@link Failure} naming the file and where the syntax breaks.
 *
 * @example
 * ```ts
 * parseJson('{"a": }', 'world.json') // throws: "world.json: not JSON: Unexpected token '}' ... at line 1, column 7"
 * ```
 */
export const parseJson = (text: string, name: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const short = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '').replace(/\s+/g, ' ')
    throw new Failure(`${name}: not JSON: ${short}${where(text, message)}`)
  }
}

/**
 * A JSON file (or standard input for `-`) parsed.
 *
 * @example
 * ```ts
 * const input = await readJson('world.json', io)
 * ```
 */
export const readJson = async (path: string, io: Io): Promise<unknown> => parseJson(await readText(path, io), displayName(path))

/**
 * How diagnostics name a path: `stdin` for `-`.
 *
 * @example
 * ```ts
 * displayName('-') // 'stdin'
 * ```
 */
export const displayName = (path: string): string => (path === '-' ? 'stdin' : path)
