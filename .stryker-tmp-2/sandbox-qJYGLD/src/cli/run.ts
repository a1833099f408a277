// @ts-nocheck
import { parseArgs } from 'node:util'
import { subcommands } from './commands/index.js'
import { mainHelp, subcommandHelp } from './help.js'
import { exitCodes, Failure, type Io } from './io.js'
import type { Args, Subcommand } from './subcommand.js'

const common = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const

const parse = (subcommand: Subcommand, argv: readonly string[]): Args => {
  try {
    return parseArgs({ args: [...argv], options: { ...common, ...subcommand.options }, allowPositionals: true, strict: true })
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error)
    throw new Failure(`${message} (accessgrid ${subcommand.name} --help)`)
  }
}

const dispatch = async (argv: readonly string[], io: Io, version: string): Promise<number> => {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp(version))
    return name === undefined ? exitCodes.error : exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`)
    return exitCodes.ok
  }
  const subcommand = subcommands.find((s) => s.name === name)
  if (subcommand === undefined) throw new Failure(`unknown subcommand '${name}'; the subcommands are ${subcommands.map((s) => s.name).join(', ')} (accessgrid --help)`)
  const args = parse(subcommand, rest)
  if (args.values['help'] === true) {
    io.out(subcommandHelp(subcommand))
    return exitCodes.ok
  }
  return subcommand.run(args, io)
}

/**
 * Runs the command line: the exit code, with every failure reported as one line on standard error
 * (`accessgrid: world.json: tenant.users[0].kind: …`), never a stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), io, '0.1.0')
 * ```
 */
export const run = async (argv: readonly string[], io: Io, version: string): Promise<number> => {
  try {
    return await dispatch(argv, io, version)
  } catch (error) {
    if (error instanceof Failure) {
      io.err(`accessgrid: ${error.message}\n`)
      return error.exitCode
    }
    io.err(`accessgrid: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 70
  }
}
