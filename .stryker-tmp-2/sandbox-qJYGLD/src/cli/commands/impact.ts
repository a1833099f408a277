// @ts-nocheck
import { commandCodec, explainImpact, explainReason, impact as impactBetween, impactOf, type Impact } from '../../index.js'
import { displayName, readJson } from '../files.js'
import { decodeOrFail, loadWorld } from '../inputs.js'
import { exitCodes } from '../io.js'
import { paint, printJson } from '../output.js'
import { flag, stringOption, usageFailure, type Subcommand } from '../subcommand.js'

/** The changes of an impact, without its scope (indexes of Sets and Maps, the how rather than the what). */
const changes = (impact: Impact): Omit<Impact, 'scope'> => ({
  administration: impact.administration,
  memberships: impact.memberships,
  models: impact.models,
  runs: impact.runs,
  connections: impact.connections,
  account: impact.account,
})

const anyChange = (impact: Impact): boolean => Object.values(changes(impact)).some((list: readonly unknown[]) => list.length > 0)

/** `accessgrid impact world.json --command c.json` or `--after world2.json`: what a change would change, for whom, before it lands. */
export const impact: Subcommand = {
  name: 'impact',
  summary: 'what a command, or another version of the world, would change, for whom, before it lands',
  usage: 'accessgrid impact <world.json> (--command c.json | --after world2.json) [--json]',
  help: [
    'Compares what decide answers before and after a change, only where the change can reach, and lists',
    'what differs: administration roles and acts, memberships, model roles and cells, scheduled runs,',
    'connection and project roles, account operations; each with the decisions before and after.',
    '  --command  a command (as one line of a replay log); a command the engine would reject is reported',
    '  --after    the world as it would be',
    '',
    'Exit status: 0 nothing changes, 1 something changes (or the command is rejected), 2 bad input.',
  ].join('\n'),
  examples: ['accessgrid impact world.json --command grant.json', 'accessgrid impact world.json --after world-next.json --json'],
  options: { command: { type: 'string' }, after: { type: 'string' } },
  run: async (args, io) => {
    const [worldPath, ...extra] = args.positionals
    const [commandPath, afterPath] = [stringOption(args, 'command'), stringOption(args, 'after')]
    if (worldPath === undefined || extra.length > 0 || (commandPath === undefined) === (afterPath === undefined)) throw usageFailure(impact)
    const world = await loadWorld(worldPath, io)
    if (commandPath !== undefined) {
      const result = impactOf(world, decodeOrFail(commandCodec, await readJson(commandPath, io), displayName(commandPath)))
      if (result.tag === 'rejected') {
        if (flag(args, 'json')) printJson(io, 'impact', { world: displayName(worldPath), rejected: result.report })
        else io.out(`${paint(io, 'red', 'Rejected')}: nothing would change.\n${result.report.reasons.map((r) => `- ${explainReason(r)}\n`).join('')}`)
        return exitCodes.findings
      }
      if (flag(args, 'json')) printJson(io, 'impact', { world: displayName(worldPath), applied: result.report, impact: changes(result.impact) })
      else io.out(`${explainImpact(result.impact)}\n`)
      return anyChange(result.impact) ? exitCodes.findings : exitCodes.ok
    }
    const after = await loadWorld(afterPath ?? '', io)
    const result = impactBetween(world, after)
    if (flag(args, 'json')) printJson(io, 'impact', { world: displayName(worldPath), after: displayName(afterPath ?? ''), impact: changes(result) })
    else io.out(`${explainImpact(result)}\n`)
    return anyChange(result) ? exitCodes.findings : exitCodes.ok
  },
}
