// @ts-nocheck
import { accessReport, accessReview, reportHtml, reviewCsv, reviewJson, reviewSections, type ReviewSection } from '../../index.js'
import { displayName } from '../files.js'
import { loadWorld } from '../inputs.js'
import { exitCodes } from '../io.js'
import { jsonVersion } from '../output.js'
import { stringOption, usageFailure, type Args, type Subcommand } from '../subcommand.js'
import { writeChunks } from '../write.js'

const formats = ['html', 'json', 'csv'] as const

const sectionsOf = (args: Args): readonly ReviewSection[] | undefined => {
  const given = stringOption(args, 'sections')
  if (given === undefined) return undefined
  const known = new Set<string>(reviewSections)
  const sections = given.split(',').map((s) => s.trim())
  const unknown = sections.find((s) => !known.has(s))
  if (unknown !== undefined) throw usageFailure(review, `unknown section '${unknown}' (the sections are ${reviewSections.join(', ')})`)
  return sections as ReviewSection[]
}

function* versioned(rows: Iterable<string>): Generator<string> {
  yield `{"version":${jsonVersion},"command":"review","rows":`
  yield* rows
  yield '}\n'
}

/** `accessgrid review world.json`: the access report as a page to look at (html), or the access review's rows (json, csv). */
export const review: Subcommand = {
  name: 'review',
  summary: 'who has access to what: an HTML report to look at, or the access review as CSV or JSON',
  usage: 'accessgrid review <world.json> [--format html|json|csv] [--sections s1,s2] [-o file]',
  help: [
    '--format html (the default) writes one self-contained page (no network): per model, a matrix of the',
    'workspace\'s users and Internal (Full Access) by module and version, coloured by the level decide',
    'gives on the module\'s cells (none, read, write, or partial where it varies from cell to cell), each',
    'user\'s selective-access scope on hover; a section per integration with its run identity and the',
    'warnings of its runs; the lint findings with their severities.',
    '--format csv and json write the access review an auditor signs: one row per subject and grant path,',
    'each with the request that shows it and decide\'s answer (json: { "version": 1, "command", "rows" }).',
    `  --sections    csv and json only: a comma-separated subset of ${reviewSections.join(', ')}`,
    '  -o, --output  the file to write (default: standard output)',
    '',
    'Exit status: 0 written, 2 bad input.',
  ].join('\n'),
  examples: [
    'accessgrid review world.json --format html -o report.html',
    'accessgrid review world.json --format csv --sections model,selectiveAccess -o review.csv',
  ],
  options: { format: { type: 'string' }, sections: { type: 'string' }, output: { type: 'string', short: 'o' } },
  run: async (args, io) => {
    const [worldPath, ...extra] = args.positionals
    if (worldPath === undefined || extra.length > 0) throw usageFailure(review)
    const format = stringOption(args, 'format') ?? 'html'
    if (!formats.some((f) => f === format)) throw usageFailure(review, `unknown format '${format}' (html, json or csv)`)
    const sections = sectionsOf(args)
    if (format === 'html' && sections !== undefined) throw usageFailure(review, '--sections applies to csv and json')
    const world = await loadWorld(worldPath, io)
    const rows = () => accessReview(world, sections === undefined ? {} : { sections })
    const chunks = format === 'html' ? [reportHtml(accessReport(world), { title: displayName(worldPath) })] : format === 'csv' ? reviewCsv(rows()) : versioned(reviewJson(rows()))
    const output = stringOption(args, 'output')
    await writeChunks(io, output, chunks)
    if (output !== undefined) io.err(`accessgrid: wrote ${output}\n`)
    return exitCodes.ok
  },
}
