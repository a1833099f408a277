// @ts-nocheck
import type * as t from 'io-ts'
import { codecs, commandCodec, compile, type Command, type RequestInput, type World } from '../index.js'
import { displayName, parseJson, readJson, readText } from './files.js'
import { Failure, type Io } from './io.js'

/** One problem found in a file: where (the path of the bad field) and what. */
export interface Problem {
  readonly path: string
  readonly message: string
}

/**
 * The first problem on one line, naming the file and the path of the bad field, and how many more.
 *
 * @example
 * ```ts
 * oneLine('world.json', [{ path: 'tenant.users[0].kind', message: 'expected one of internal, visiting' }])
 * // "world.json: tenant.users[0].kind: expected one of internal, visiting"
 * ```
 */
export const oneLine = (name: string, problems: readonly Problem[], more = 'run `accessgrid check` to list them'): string => {
  const [first] = problems
  const rest = problems.length - 1
  return `${name}: ${first === undefined ? 'invalid' : `${first.path}: ${first.message}`}${rest > 0 ? ` (and ${rest} more: ${more})` : ''}`
}

/**
 * A world file compiled: the world, or a {@link Failure} naming the file and the first bad field.
 *
 * @example
 * ```ts
 * const world = await loadWorld('world.json', io)
 * ```
 */
export const loadWorld = async (path: string, io: Io): Promise<World> => {
  const compiled = compile(await readJson(path, io))
  if (compiled._tag === 'Left') throw new Failure(oneLine(displayName(path), compiled.left))
  return compiled.right
}

/**
 * A value decoded by a codec, or a {@link Failure} naming where it came from and the first bad field.
 *
 * @example
 * ```ts
 * decodeOrFail(codecs.request, json, 'request.json')
 * ```
 */
export const decodeOrFail = <A>(codec: t.Decoder<unknown, A>, value: unknown, name: string): A => {
  const decoded = codec.decode(value)
  if (decoded._tag === 'Left') throw new Failure(oneLine(name, codecs.report(decoded.left), 'fix the first and try again'))
  return decoded.right
}

/**
 * A request file (or standard input for `-`) decoded.
 *
 * @example
 * ```ts
 * const { subject, action, resource } = await loadRequest('request.json', io)
 * ```
 */
export const loadRequest = async (path: string, io: Io): Promise<RequestInput> => decodeOrFail(codecs.request, await readJson(path, io), displayName(path))

/**
 * The commands of a JSON Lines file, one command a line (blank lines skipped), each decoded; a bad
 * line is a {@link Failure} naming the file, the line and the bad field.
 *
 * @example
 * ```ts
 * const log = await loadCommands('commands.jsonl', io)
 * ```
 */
export const loadCommands = async (path: string, io: Io): Promise<readonly Command[]> => {
  const name = displayName(path)
  const lines = (await readText(path, io)).split('\n')
  return lines.flatMap((line, index) => (line.trim() === '' ? [] : [decodeOrFail(commandCodec, parseJson(line, `${name}:${index + 1}`), `${name}:${index + 1}`)]))
}
