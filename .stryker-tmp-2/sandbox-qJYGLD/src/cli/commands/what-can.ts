// @ts-nocheck
import { codecs, explainReason, id, whatCan as whatCanIn, type Action, type Decision, type WhatCanAnswer, type WhatCanScope } from '../../index.js'
import { displayName } from '../files.js'
import { decodeOrFail, loadWorld } from '../inputs.js'
import { exitCodes, Failure, type Io } from '../io.js'
import { paint, printJson, table } from '../output.js'
import { subjectShorthand } from '../shorthands.js'
import { flag, stringOption, usageFailure, type Subcommand } from '../subcommand.js'

const scopeOf = (text: string): WhatCanScope => {
  const [kind = '', rest] = text.split(/:(.*)/s)
  if (kind === 'model' && rest !== undefined && rest !== '') return { kind: 'model', model: id.model(rest) }
  if (kind === 'tenant' || kind === 'workplace') return { kind }
  if (kind === 'account') return rest === undefined || rest === '' ? { kind } : { kind, workspace: id.workspace(rest) }
  throw usageFailure(whatCan, `--scope is model:ID, tenant, workplace, account or account:WORKSPACE, not '${text}'`)
}

/** An action on one line: its type, then its fields as key=value. */
const actionText = (action: Action): string =>
  [action.type, ...Object.entries(action).filter(([key]) => key !== 'type').map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)].join(' ')

const effect = (io: Io, decision: Decision): string => paint(io, decision.effect === 'allow' ? 'green' : 'red', decision.effect)

/** The answer as tables, by the scope's kind. */
const render = (io: Io, answer: Exclude<WhatCanAnswer, { readonly kind: 'none' }>): string => {
  switch (answer.kind) {
    case 'model':
      return [
        `${answer.name} opens the model: ${effect(io, answer.open)}\n\n`,
        table([
          ['module', 'line item', 'version', 'level', 'cells', 'read', 'write'],
          ...answer.slices.map((s) => [s.module, s.lineItem, s.version, s.level, String(s.cells), String(s.read.allowed), String(s.write.allowed)]),
        ]),
        ...(answer.actions.length === 0 ? [] : ['\n', table([['model action', 'run'], ...answer.actions.map((a) => [a.action, effect(io, a.decision)])])]),
        ...(answer.lists.length === 0 ? [] : ['\n', table([['list', 'edit structure'], ...answer.lists.map((l) => [l.list, effect(io, l.decision)])])]),
        '\n',
        table([['administration', 'effect'], ...answer.administration.map((a) => [a.act, effect(io, a.decision)])]),
      ].join('')
    case 'tenant':
      return [
        table([['tenant act', 'effect'], ...answer.acts.map((a) => [actionText(a.action), effect(io, a.decision)])]),
        '\n',
        table([
          ['act', 'allowed on'],
          ...[...answer.onUsers, ...answer.onWorkspaces, ...answer.onIntegrations, ...answer.onConnections].map((a) => [actionText(a.action), a.targets.join(', ') || '-']),
        ]),
      ].join('')
    case 'workplace':
      return [
        `${answer.name} creates connections: ${effect(io, answer.createConnection)}\n\n`,
        table([['connection', 'role', 'sync into'], ...answer.connections.map((c) => [c.connection, c.role, c.syncInto.join(', ') || '-'])]),
        '\n',
        table([['project', 'manage syncs'], ...answer.projects.map((p) => [p.project, effect(io, p.manageSyncs)])]),
      ].join('')
    case 'account':
      return table([
        ['account act', 'effect', 'fresh login needed'],
        ...answer.operations.map((o) => [o.operation, effect(io, o.decision), o.freshLogin ? 'yes' : 'no']),
        ...answer.authoring.map((a) => [`${a.operation} ${a.artifact}`, effect(io, a.decision), a.freshLogin ? 'yes' : 'no']),
      ])
  }
}

/** `accessgrid what-can world.json --subject S --scope model:ID`: everything one subject can do in a scope. */
export const whatCan: Subcommand = {
  name: 'what-can',
  summary: 'what one subject can do in a model, the tenant, the workplace or the account',
  usage: 'accessgrid what-can <world.json> --subject S --scope model:ID|tenant|workplace|account[:WORKSPACE] [--json]',
  help: [
    'Everything one subject can do within a scope, every answer decide\'s: in a model, per module, line item',
    'and version the level and how many cells they read and write, the model actions they run, the lists',
    'whose structure they edit and the administration acts; in the tenant, the acts and their targets; in',
    'the workplace, their connection roles and projects; in the account, their operations and authoring.',
    '  --subject  a user id, internalAlias, or a subject as JSON',
    '  --scope    model:ID, tenant, workplace, account or account:WORKSPACE',
    '',
    'Exit status: 0 answered, 2 bad input (an unknown subject or model is bad input here).',
  ].join('\n'),
  examples: ['accessgrid what-can world.json --subject paula --scope model:finance-plan', 'accessgrid what-can world.json --subject internalAlias --scope model:finance-plan --json'],
  options: { subject: { type: 'string' }, scope: { type: 'string' } },
  run: async (args, io) => {
    const [worldPath, ...extra] = args.positionals
    const [subjectText, scopeText] = [stringOption(args, 'subject'), stringOption(args, 'scope')]
    if (worldPath === undefined || extra.length > 0 || subjectText === undefined || scopeText === undefined) throw usageFailure(whatCan)
    const scope = scopeOf(scopeText)
    const world = await loadWorld(worldPath, io)
    const who = decodeOrFail(codecs.subject, subjectShorthand(subjectText), '--subject')
    const answer = whatCanIn(world)(who, scope)
    if (answer.kind === 'none') throw new Failure(`${displayName(worldPath)}: ${explainReason(answer.problem)}`)
    if (flag(args, 'json')) printJson(io, 'what-can', { world: displayName(worldPath), answer })
    else io.out(render(io, answer))
    return exitCodes.ok
  },
}
