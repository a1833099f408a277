// @ts-nocheck
import { actionSpecs, codecs, decide as decideIn, explain, explainReason, lattice, trace, type Action, type RequestInput, type TraceEntry, type Verdict } from '../../index.js'
import { displayName } from '../files.js'
import { decodeOrFail, loadRequest, loadWorld } from '../inputs.js'
import { exitCodes, type Io } from '../io.js'
import { paint, printJson, table } from '../output.js'
import { actionShorthand, resourceShorthand, subjectShorthand } from '../shorthands.js'
import { flag, stringOption, usageFailure, type Args, type Subcommand } from '../subcommand.js'

const shorthands = ['subject', 'action', 'resource'] as const

const requestOf = async (args: Args, io: Io, requestPath: string | undefined): Promise<RequestInput> => {
  const given = shorthands.filter((name) => stringOption(args, name) !== undefined)
  if (requestPath !== undefined) {
    if (given.length > 0) throw usageFailure(decide, 'give a request file or --subject/--action/--resource, not both')
    return loadRequest(requestPath, io)
  }
  if (given.length !== shorthands.length) throw usageFailure(decide, 'give a request file, - for stdin, or all of --subject, --action and --resource')
  const request = {
    subject: subjectShorthand(stringOption(args, 'subject') ?? ''),
    action: actionShorthand(stringOption(args, 'action') ?? ''),
    resource: resourceShorthand(stringOption(args, 'resource') ?? ''),
  }
  return decodeOrFail(codecs.request, request, '--subject/--action/--resource')
}

const levelName = (action: Action, rank: number): string => lattice[actionSpecs[action.type].lattice].levels[rank] ?? String(rank)

const verdictText = (action: Action, verdict: Verdict): string =>
  verdict.tag === 'warn' ? `warn: ${explainReason(verdict.reason)}` : `${verdict.tag} ${levelName(action, verdict.level)}: ${explainReason(verdict.reason)}`

const traceTable = (action: Action, entries: readonly TraceEntry[]): string =>
  table([
    ['module', 'verdicts'],
    ...entries.flatMap((entry) =>
      entry.verdicts.length === 0 ? [[entry.module, '(skip)']] : entry.verdicts.map((verdict, i) => [i === 0 ? entry.module : '', verdictText(action, verdict)]),
    ),
  ])

/** `accessgrid decide world.json request.json`: the decision, in English, with `--trace` the verdict of every module. */
export const decide: Subcommand = {
  name: 'decide',
  summary: 'decide one request: the decision, why in English, --trace for every module',
  usage: 'accessgrid decide <world.json> [<request.json> | - | --subject S --action A --resource R] [--trace] [--json]',
  help: [
    'Decides one request over the world: allow or deny, the level, and the reasons in English.',
    'The request is a file, - for standard input, or the three shorthands:',
    '  --subject   a user id, internalAlias, scheduler, or a subject as JSON',
    '  --action    an action type (model.open), or an action as JSON ({"type":"cell.read","channel":"export"})',
    '  --resource  tenant, workplace, account, kind:id (model:finance-plan, integration:nightly), or JSON',
    '  --trace     also list every module\'s verdicts, in policy order',
    '',
    'Exit status: 0 allow, 1 deny, 2 bad input.',
  ].join('\n'),
  examples: [
    'accessgrid decide world.json request.json',
    'accessgrid decide world.json --subject paula --action model.open --resource model:finance-plan --trace',
    'echo \'{"subject":{"kind":"user","id":"ana"},"action":{"type":"model.open"},"resource":{"kind":"model","id":"plan"}}\' | accessgrid decide world.json -',
  ],
  options: { subject: { type: 'string' }, action: { type: 'string' }, resource: { type: 'string' }, trace: { type: 'boolean' } },
  run: async (args, io) => {
    const [worldPath, requestPath, ...extra] = args.positionals
    if (worldPath === undefined || extra.length > 0) throw usageFailure(decide)
    if (worldPath === '-' && requestPath === '-') throw usageFailure(decide, 'only one of the files can be standard input')
    const world = await loadWorld(worldPath, io)
    const { subject, action, resource } = await requestOf(args, io, requestPath)
    const decision = decideIn(world)(subject, action, resource)
    const traced = flag(args, 'trace') ? trace(world)(subject, action, resource) : undefined
    if (flag(args, 'json'))
      printJson(io, 'decide', {
        world: displayName(worldPath),
        request: { subject, action, resource },
        decision,
        explanation: explain(decision),
        ...(traced === undefined ? {} : { trace: traced.trace }),
      })
    else {
      const [head = '', ...rest] = explain(decision).split('\n')
      io.out(`${paint(io, decision.effect === 'allow' ? 'green' : 'red', head)}\n${rest.map((line) => `${line}\n`).join('')}`)
      if (traced !== undefined) io.out(`\n${traceTable(action, traced.trace)}`)
    }
    return decision.effect === 'allow' ? exitCodes.ok : exitCodes.findings
  },
}
