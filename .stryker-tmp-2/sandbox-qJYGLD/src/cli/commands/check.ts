// @ts-nocheck
import { compile, explainFinding, lint, type CompileError, type Finding, type FindingSeverity } from '../../index.js'
import { displayName, readJson } from '../files.js'
import { exitCodes, type Io } from '../io.js'
import { paint, printJson, type Colour } from '../output.js'
import { flag, usageFailure, type Subcommand } from '../subcommand.js'

const colours: Readonly<Record<FindingSeverity, Colour>> = { error: 'red', warning: 'yellow', info: 'blue' }

const printErrors = (io: Io, name: string, errors: readonly CompileError[]): void => {
  for (const error of errors) io.out(`${name}: ${paint(io, 'red', 'error')} ${error.path}: ${error.message} [${error.code}]\n`)
  io.out(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'}\n`)
}

const printFindings = (io: Io, name: string, findings: readonly Finding[]): void => {
  if (findings.length === 0) {
    io.out(`${name}: ${paint(io, 'green', 'ok')}, no errors, no findings\n`)
    return
  }
  for (const finding of findings)
    io.out(`${name}: ${paint(io, colours[finding.severity], finding.severity)} ${finding.code}: ${explainFinding(finding)}\n`)
  io.out(`${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}\n`)
}

/**
 * `accessgrid check world.json`: every compile error with its path, then the lint findings with their
 * severities. Exit 0 clean, 1 findings, 2 errors.
 */
export const check: Subcommand = {
  name: 'check',
  summary: 'compile a world: every error with its path, then the lint findings',
  usage: 'accessgrid check <world.json> [--json]',
  help: [
    'Compiles the world and lists every error, each with the path of the bad field (unknown fields,',
    'duplicate and dangling ids, cycles). A world that compiles is then linted: integrations whose runs',
    'are denied or export an empty or partial file, users holding both integration roles.',
    '',
    'Exit status: 0 no errors and no findings, 1 findings, 2 errors (or a file that cannot be read).',
  ].join('\n'),
  examples: ['accessgrid check world.json', 'accessgrid check world.json --json | jq .findings'],
  options: {},
  run: async (args, io) => {
    const [path, ...extra] = args.positionals
    if (path === undefined || extra.length > 0) throw usageFailure(check)
    const name = displayName(path)
    const compiled = compile(await readJson(path, io))
    const errors = compiled._tag === 'Left' ? compiled.left : []
    const findings = compiled._tag === 'Right' ? lint(compiled.right) : []
    if (flag(args, 'json'))
      printJson(io, 'check', { file: name, errors, findings: findings.map((finding) => ({ ...finding, message: explainFinding(finding) })) })
    else if (errors.length > 0) printErrors(io, name, errors)
    else printFindings(io, name, findings)
    return errors.length > 0 ? exitCodes.error : findings.length > 0 ? exitCodes.findings : exitCodes.ok
  },
}
