// @ts-nocheck
import { writeFile } from 'node:fs/promises'
import { encode, explainOutcome, replay as replayLog } from '../../index.js'
import { displayName } from '../files.js'
import { loadCommands, loadWorld } from '../inputs.js'
import { exitCodes, Failure } from '../io.js'
import { paint, printJson } from '../output.js'
import { flag, stringOption, usageFailure, type Subcommand } from '../subcommand.js'

/** `accessgrid replay world.json commands.jsonl`: each command's outcome, in (timestamp, tiebreak) order. */
export const replay: Subcommand = {
  name: 'replay',
  summary: 'replay a log of commands (JSON Lines) over a world: each outcome, why, the world after',
  usage: 'accessgrid replay <world.json> <commands.jsonl> [-o after.json] [--json]',
  help: [
    'Applies the commands of a JSON Lines file (one command a line, in any order) over the world in',
    '(timestamp, tiebreak) order, each authorised against the world the commands before it produced.',
    'Lists each command with its outcome and reasons, then how many applied and how many were rejected.',
    '  -o, --output  write the world after the log as JSON to this file',
    '',
    'Exit status: 0 every command applied, 1 some rejected, 2 bad input.',
  ].join('\n'),
  examples: ['accessgrid replay world.json commands.jsonl', 'accessgrid replay world.json commands.jsonl -o after.json --json'],
  options: { output: { type: 'string', short: 'o' } },
  run: async (args, io) => {
    const [worldPath, logPath, ...extra] = args.positionals
    if (worldPath === undefined || logPath === undefined || extra.length > 0) throw usageFailure(replay)
    if (worldPath === '-' && logPath === '-') throw usageFailure(replay, 'only one of the files can be standard input')
    const world = await loadWorld(worldPath, io)
    const result = replayLog(world, await loadCommands(logPath, io))
    const rejected = result.outcomes.filter((outcome) => outcome.status === 'rejected').length
    const applied = result.outcomes.length - rejected
    const output = stringOption(args, 'output')
    if (output !== undefined)
      await writeFile(output, `${JSON.stringify(encode(result.world), null, 2)}\n`).catch((error: unknown) => {
        throw new Failure(`${output}: cannot be written (${error instanceof Error ? error.message : String(error)})`)
      })
    if (flag(args, 'json')) printJson(io, 'replay', { world: displayName(worldPath), log: displayName(logPath), applied, rejected, outcomes: result.outcomes })
    else {
      result.outcomes.forEach((outcome, index) => {
        const [head = '', ...rest] = explainOutcome(outcome).split('\n')
        io.out(`${index + 1}. ${paint(io, outcome.status === 'applied' ? 'green' : 'red', head)}\n${rest.map((line) => `${line}\n`).join('')}`)
      })
      io.out(`${applied} applied, ${rejected} rejected\n`)
    }
    return rejected > 0 ? exitCodes.findings : exitCodes.ok
  },
}
