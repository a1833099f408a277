// @ts-nocheck
import { subcommands } from './commands/index.js'
import type { Subcommand } from './subcommand.js'

/**
 * The help of the whole command: what it is, every subcommand, the common options.
 *
 * @example
 * ```ts
 * io.out(mainHelp(version))
 * ```
 */
export const mainHelp = (version: string): string => {
  const width = Math.max(...subcommands.map((s) => s.name.length))
  return [
    `accessgrid ${version}: decide, check and review access from files`,
    '',
    'Usage: accessgrid <subcommand> [arguments] [--json] [--help]',
    '',
    'Subcommands:',
    ...subcommands.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    '',
    'Options for every subcommand:',
    '  --json      print one JSON document ({ "version": 1, "command", ... }) instead of text',
    '  -h, --help  the subcommand\'s help, with examples',
    '',
    'Files may be - for standard input. Results go to standard output, diagnostics to standard error.',
    'Colour only on a terminal, never when NO_COLOR is set.',
    'Exit status: 0 success, 1 findings (denied, failed, rejected), 2 bad input or usage.',
    '',
    'Run accessgrid <subcommand> --help for its options and examples.',
    '',
  ].join('\n')
}

/**
 * One subcommand's help: synopsis, description, examples.
 *
 * @example
 * ```ts
 * io.out(subcommandHelp(check))
 * ```
 */
export const subcommandHelp = (subcommand: Subcommand): string =>
  [`Usage: ${subcommand.usage}`, '', subcommand.help, '', 'Examples:', ...subcommand.examples.map((e) => `  ${e}`), ''].join('\n')
