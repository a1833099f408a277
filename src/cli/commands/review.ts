import { writeFile } from 'node:fs/promises'
import { accessReport } from '../../report/report.js'
import { reportHtml } from '../../report/html.js'
import { displayName } from '../files.js'
import { loadWorld } from '../inputs.js'
import { exitCodes, Failure } from '../io.js'
import { stringOption, usageFailure, type Subcommand } from '../subcommand.js'

/** `accessgrid review world.json --format html -o report.html`: the access report, one self-contained page. */
export const review: Subcommand = {
  name: 'review',
  summary: 'the access report: per model a matrix of users × modules and versions, integrations, findings',
  usage: 'accessgrid review <world.json> [--format html] [-o report.html]',
  help: [
    'Writes one self-contained HTML page (no network) to look at: per model, a matrix of the workspace\'s',
    'users (and Internal (Full Access), the alias) by module and version, coloured by the level decide',
    'gives on the module\'s cells (none, read, write, or partial where it varies from cell to cell), with',
    'each user\'s selective-access scope on hover; a section per integration with its run identity and the',
    'warnings of its runs; the lint findings.',
    '  --format      html (the only format of this version)',
    '  -o, --output  the file to write (default: standard output)',
    '',
    'Exit status: 0 written, 2 bad input.',
  ].join('\n'),
  examples: ['accessgrid review world.json --format html -o report.html', 'accessgrid review world.json > report.html'],
  options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } },
  run: async (args, io) => {
    const [worldPath, ...extra] = args.positionals
    if (worldPath === undefined || extra.length > 0) throw usageFailure(review)
    const format = stringOption(args, 'format') ?? 'html'
    if (format !== 'html') throw usageFailure(review, `unknown format '${format}' (this version writes html)`)
    const html = reportHtml(accessReport(await loadWorld(worldPath, io)), { title: displayName(worldPath) })
    const output = stringOption(args, 'output')
    if (output === undefined) io.out(html)
    else {
      await writeFile(output, html).catch((error: unknown) => {
        throw new Failure(`${output}: cannot be written (${error instanceof Error ? error.message : String(error)})`)
      })
      io.err(`accessgrid: wrote ${output}\n`)
    }
    return exitCodes.ok
  },
}
