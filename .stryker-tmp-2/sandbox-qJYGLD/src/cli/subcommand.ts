// @ts-nocheck
import { Failure, type Io } from './io.js'

/** The options a subcommand declares, in `node:util` `parseArgs` form. */
export type Options = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean }>>

/** What `parseArgs` gives a subcommand: its option values and its positional arguments. */
export interface Args {
  readonly values: Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>
  readonly positionals: readonly string[]
}

/**
 * One subcommand of `accessgrid`: its name, its help, the options it takes and what it runs. Each lives
 * in its own file under `src/cli/commands/` and is listed once in `src/cli/commands/index.ts`.
 *
 * @example
 * ```ts
 * const hello: Subcommand = { name: 'hello', summary: 'say hello', usage: 'accessgrid hello', help: '', examples: ['accessgrid hello'], options: {}, run: (_, io) => { io.out('hello\n'); return Promise.resolve(0) } }
 * ```
 */
export interface Subcommand {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** The synopsis: `accessgrid check <world.json> [--json]`. */
  readonly usage: string
  /** What it does, its options and its exit codes, as lines of help. */
  readonly help: string
  readonly examples: readonly string[]
  readonly options: Options
  /** Runs the subcommand and resolves to its exit code; throws a `Failure` for bad input. */
  readonly run: (args: Args, io: Io) => Promise<number>
}

/**
 * A string option's value, if given.
 *
 * @example
 * ```ts
 * stringOption(args, 'format') // 'html' for --format html
 * ```
 */
export const stringOption = (args: Args, name: string): string | undefined => {
  const value = args.values[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * Whether a boolean option was given.
 *
 * @example
 * ```ts
 * flag(args, 'json') // true for --json
 * ```
 */
export const flag = (args: Args, name: string): boolean => args.values[name] === true

/**
 * The failure for arguments a subcommand cannot take: its synopsis and where its help is.
 *
 * @example
 * ```ts
 * if (path === undefined) throw usageFailure(check) // "usage: accessgrid check <world.json> [--json] (accessgrid check --help)"
 * ```
 */
export const usageFailure = (subcommand: Subcommand, problem?: string): Failure =>
  new Failure(`${problem === undefined ? '' : `${problem}; `}usage: ${subcommand.usage} (accessgrid ${subcommand.name} --help)`)
