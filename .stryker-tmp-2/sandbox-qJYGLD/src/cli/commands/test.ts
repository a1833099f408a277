// @ts-nocheck
import { existsSync } from 'node:fs'
import { runCases } from '../cases/files.js'
import { exitCodes, Failure } from '../io.js'
import { paint, printJson } from '../output.js'
import { flag, usageFailure, type Subcommand } from '../subcommand.js'

/** `accessgrid test cases/`: runs conformance case files and prints `N passed, N failed`. */
export const test: Subcommand = {
  name: 'test',
  summary: 'run conformance case files (a world, requests, expected decisions): N passed, N failed',
  usage: 'accessgrid test <folder-or-file>... [--json]',
  help: [
    'Runs every .json case file under the folders given (recursively) or the files given. A case file is',
    '{ "description", "world", "requests": [{ "description", "subject", "action", "resource",',
    '"expect": { "effect", "reasons"?, "warnings"?, "level"?, "actor"? } }] }: only the expected fields',
    'are compared, reasons and warnings as sets of codes. "whoCan" and "whatCan" questions may sit beside',
    '"requests" (docs/cli.md). Each failure is listed, then N passed, N failed.',
    '',
    'Exit status: 0 all passed, 1 some failed, 2 a path that does not exist.',
  ].join('\n'),
  examples: ['accessgrid test access-cases/', 'accessgrid test cases/finance.json --json'],
  options: {},
  run: (args, io) => {
    if (args.positionals.length === 0) throw usageFailure(test)
    for (const path of args.positionals) if (!existsSync(path)) throw new Failure(`${path}: no such file or folder`)
    const results = args.positionals.flatMap((path) => runCases(path))
    const failed = results.filter((result) => result.failure !== undefined)
    const passed = results.length - failed.length
    if (flag(args, 'json')) printJson(io, 'test', { passed, failed: failed.length, results })
    else {
      for (const result of failed) io.out(`${paint(io, 'red', 'FAIL')} ${result.file} — ${result.description}\n     ${result.failure ?? ''}\n`)
      io.out(`${passed} passed, ${failed.length} failed\n`)
    }
    return Promise.resolve(failed.length > 0 ? exitCodes.findings : exitCodes.ok)
  },
}
