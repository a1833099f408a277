// @ts-nocheck
import { codecs, explainReason, lattice, whoCan as whoCanIn, type Level, type WhoCanInclude, type WhoCanOptions } from '../../index.js'
import { displayName } from '../files.js'
import { decodeOrFail, loadWorld } from '../inputs.js'
import { exitCodes, Failure } from '../io.js'
import { paint, printJson, table } from '../output.js'
import { actionShorthand, resourceShorthand } from '../shorthands.js'
import { flag, stringOption, usageFailure, type Args, type Subcommand } from '../subcommand.js'

const includes: readonly WhoCanInclude[] = ['allowed', 'denied', 'all']
const levels: readonly Level[] = [...new Set(Object.values(lattice).flatMap((l): readonly Level[] => l.levels))]

const optionsOf = (args: Args): WhoCanOptions => {
  const include = stringOption(args, 'include') ?? 'allowed'
  const found = includes.find((i) => i === include)
  if (found === undefined) throw usageFailure(whoCan, `--include is one of ${includes.join(', ')}`)
  const minLevel = stringOption(args, 'min-level')
  if (minLevel === undefined) return { include: found }
  const level = levels.find((l) => l === minLevel)
  if (level === undefined) throw usageFailure(whoCan, `--min-level is one of ${levels.join(', ')}`)
  return { include: found, minLevel: level }
}

/** `accessgrid who-can world.json --action A --resource R`: every subject decide allows, with its reasons. */
export const whoCan: Subcommand = {
  name: 'who-can',
  summary: 'who may do an action on a resource: every subject decide allows, and why',
  usage: 'accessgrid who-can <world.json> --action A --resource R [--min-level L] [--include allowed|denied|all] [--json]',
  help: [
    'Lists every subject (users, Internal (Full Access), the scheduler) that decide allows to do the action',
    'on the resource, with the level and the reason; --include denied lists the others with what stopped',
    'them, --include all both. The answers are decide\'s, found through indexes rather than by asking everyone.',
    '  --action     an action type (model.open), or an action as JSON ({"type":"cell.write","channel":"interactive"})',
    '  --resource   tenant, workplace, account, kind:id (model:finance-plan), or a resource as JSON',
    '  --min-level  only subjects at this level or above (write, for cells)',
    '',
    'Exit status: 0 answered, 2 bad input (an unknown id is bad input here).',
  ].join('\n'),
  examples: [
    'accessgrid who-can world.json --action model.open --resource model:finance-plan',
    'accessgrid who-can world.json --action \'{"type":"cell.write","channel":"interactive"}\' --resource \'{"kind":"cell","model":"finance-plan","module":"opex","lineItem":"amount","version":"budget","items":{"cost-centre":"cc-berlin","product":"widgets"}}\' --include all',
  ],
  options: { action: { type: 'string' }, resource: { type: 'string' }, 'min-level': { type: 'string' }, include: { type: 'string' } },
  run: async (args, io) => {
    const [worldPath, ...extra] = args.positionals
    const [actionText, resourceText] = [stringOption(args, 'action'), stringOption(args, 'resource')]
    if (worldPath === undefined || extra.length > 0 || actionText === undefined || resourceText === undefined) throw usageFailure(whoCan)
    const world = await loadWorld(worldPath, io)
    const action = decodeOrFail(codecs.action, actionShorthand(actionText), '--action')
    const resource = decodeOrFail(codecs.resource, resourceShorthand(resourceText), '--resource')
    const answer = whoCanIn(world)(action, resource, optionsOf(args))
    if (answer.problem !== undefined) throw new Failure(`${displayName(worldPath)}: ${explainReason(answer.problem)}`)
    if (flag(args, 'json')) printJson(io, 'who-can', { world: displayName(worldPath), action, resource, entries: answer.entries })
    else {
      const rows = answer.entries.map((entry) => [
        entry.name,
        paint(io, entry.qualifies ? 'green' : 'red', entry.decision.effect),
        entry.decision.level,
        entry.decision.reasons.map(explainReason).join(' '),
      ])
      io.out(table([['subject', 'effect', 'level', 'why'], ...rows]))
      io.out(`${answer.entries.filter((entry) => entry.qualifies).length} may, of ${answer.entries.length} listed\n`)
    }
    return exitCodes.ok
  },
}
