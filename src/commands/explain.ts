import type { Subject } from '../domain/subject.js'
import type { Resource } from '../domain/resource.js'
import { explainReason } from '../explain.js'
import { timeText } from '../explain/time.js'
import { checkedCommand, isRefused } from './checked.js'
import type { Command } from './command.js'
import type { Outcome } from './replay.js'

const who = (actor: Subject): string => (actor.kind === 'user' ? `user '${actor.id}'` : `the ${actor.kind}`)

const what = (resource: Resource): string => {
  switch (resource.kind) {
    case 'tenant':
    case 'workplace':
      return `the ${resource.kind}`
    case 'list':
      return `list '${resource.list}' of model '${resource.model}'`
    case 'listItem':
      return `item '${resource.item}' of list '${resource.list}'`
    case 'cell':
      return `a cell of module '${resource.module}'`
    case 'modelAction':
      return `action '${resource.action}' of model '${resource.model}'`
    case 'account':
      return resource.workspace === undefined ? 'the account' : `workspace '${resource.workspace}' of the account`
    case 'user':
    case 'workspace':
    case 'model':
    case 'cloudworksConnection':
    case 'integration':
    case 'workplaceConnection':
    case 'project':
      return `${resource.kind} '${resource.id}'`
  }
}

/**
 * One line naming a command: when, who, which act, on what.
 *
 * @example
 * ```ts
 * describeCommand(command) // "2026-11-23T09:05:00.000Z #tx-5 user 'uma' tenant.setAccountStatus on user 'bob'"
 * ```
 */
export const describeCommand = (command: Command): string =>
  `${timeText(command.at)} #${command.tiebreak} ${who(command.actor)} ${command.action.type} on ${what(command.resource)}`

/**
 * The command of an outcome, described once `commandCodec` has read it: a refused outcome holds the
 * value given, whatever it was (`null`, a revoked proxy), which is only said to be malformed; its
 * reasons say where.
 */
const describeGiven = (given: unknown): string => {
  const checked = checkedCommand(given)
  return isRefused(checked) ? 'A malformed command' : describeCommand(checked)
}

/**
 * One outcome in English: the command, whether it applied, each reason, each warning of the decision
 * on its act (who an integration's scheduled runs will act as, for one), and each row of an import.
 * Total: the outcome of a command `commandCodec` refused is "A malformed command", whatever was given.
 *
 * @example
 * ```ts
 * import { explainOutcome } from 'accessgrid'
 * console.log(explainOutcome(outcome))
 * ```
 */
export const explainOutcome = (outcome: Outcome): string =>
  [
    `${describeGiven(outcome.command)}: ${outcome.status}.`,
    ...outcome.reasons.map((r) => `  - ${explainReason(r)}`),
    ...(outcome.decision?.warnings ?? []).map((w) => `  - Warning: ${explainReason(w)}`),
    ...(outcome.rows ?? []).flatMap((row) => [
      `  row ${row.row} (user '${row.user}'): ${row.status}.`,
      ...row.reasons.map((r) => `    - ${explainReason(r)}`),
    ]),
  ].join('\n')

/**
 * A whole replay as an audit trail: one numbered block per command, in the order they were applied.
 *
 * @example
 * ```ts
 * import { replay, explainReplay } from 'accessgrid'
 * console.log(explainReplay(replay(world, log).outcomes))
 * ```
 */
export const explainReplay = (outcomes: readonly Outcome[]): string =>
  outcomes.map((outcome, index) => `${index + 1}. ${explainOutcome(outcome)}`).join('\n')
