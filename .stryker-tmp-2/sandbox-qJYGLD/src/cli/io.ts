/**
 * What a subcommand may touch: its output streams, standard input, the environment. The command's
 * entry point passes the process's; nothing else in `src/cli` reads `process`.
 *
 * @example
 * ```ts
 * const io: Io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), stdin: readStdin, colour: false, cwd: process.cwd() }
 * ```
 */
// @ts-nocheck

export interface Io {
  /** Writes to standard output (results). */
  readonly out: (text: string) => void
  /** Writes to standard error (diagnostics). */
  readonly err: (text: string) => void
  /** Reads all of standard input as text. */
  readonly stdin: () => Promise<string>
  /** Whether to colour the output: standard output is a terminal and NO_COLOR is unset. */
  readonly colour: boolean
}

/**
 * A failure the command reports as one line on standard error, with its exit code (2, bad input or
 * usage, unless given): never a stack trace.
 *
 * @example
 * ```ts
 * throw new Failure("world.json: tenant.users[0].kind: expected one of internal, visiting")
 * ```
 */
export class Failure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.error,
  ) {
    super(message)
  }
}

/**
 * The exit codes (POSIX): 0 success, 1 findings or failed expectations, 2 errors (bad input, bad usage).
 *
 * @example
 * ```ts
 * return findings.length > 0 ? exitCodes.findings : exitCodes.ok
 * ```
 */
export const exitCodes = { ok: 0, findings: 1, error: 2 } as const
