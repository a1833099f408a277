// @ts-nocheck
import { reason, type Reason } from '../decision/reason.js'
import { defaultPolicy } from '../policy.js'
import type { Policy } from '../rule/policy.js'
import type { World } from '../snapshot/snapshot.js'
import { applyCheckedWith, type Change, type Report } from './apply.js'
import { checkedCommand, isRefused } from './checked.js'
import type { Command } from './command.js'
import { canonicalJson, compareCommands } from './order.js'

/**
 * What became of one command of a log, in the order the log was applied.
 *
 * @example
 * ```ts
 * const { outcomes } = replay(world, log)
 * outcomes.filter((outcome: Outcome) => outcome.status === 'rejected').map(explainOutcome)
 * ```
 */
export interface Outcome extends Report {
  readonly command: Command
  readonly status: 'applied' | 'rejected'
}

/**
 * One step of a log: the outcome and the world after it (the same world when it was rejected).
 *
 * @example
 * ```ts
 * const h = receive(history(world), command)
 * h.steps.map((step: Step) => step.outcome.status) // ['applied'] or ['rejected']
 * ```
 */
export interface Step {
  readonly outcome: Outcome
  readonly world: World
}

const reportOf = (change: Change): Report => ({
  ...(change.decision === undefined ? {} : { decision: change.decision }),
  reasons: change.reasons,
  ...(change.rows === undefined ? {} : { rows: change.rows }),
})

/**
 * Commands with one key, taken together in the order of their content (never of their arrival): a
 * repeat applies once; different commands sharing a key all fail (A17).
 */
const foldGroup = (apply: ReturnType<typeof applyCheckedWith>, world: World, arrived: readonly Command[], into: Step[]): World => {
  const texts = new Map(arrived.map((command) => [command, canonicalJson(command)]))
  const textOf = (command: Command): string => texts.get(command) ?? ''
  const group = [...arrived].sort((a, b) => (textOf(a) < textOf(b) ? -1 : textOf(a) > textOf(b) ? 1 : 0))
  const [first] = group
  if (first === undefined) return world
  const key = { at: first.at, tiebreak: String(first.tiebreak) }
  const repeats = group.every((command) => textOf(command) === textOf(first))
  if (group.length > 1 && !repeats) {
    for (const command of group) into.push({ world, outcome: { command, status: 'rejected', reasons: [reason('commands.conflicting_key', key)] } })
    return world
  }
  const result = apply(world, first)
  const next = result._tag === 'Right' ? result.right.world : world
  const report: Report = result._tag === 'Right' ? reportOf(result.right) : result.left
  into.push({ world: next, outcome: { ...report, command: first, status: result._tag === 'Right' ? 'applied' : 'rejected' } })
  for (const command of group.slice(1)) into.push({ world: next, outcome: { command, status: 'rejected', reasons: [reason('commands.duplicate', key)] } })
  return next
}

/**
 * Folds commands already checked ({@link checkedCommand}) and in (timestamp, tiebreak) order over a world: each is authorised against the
 * world the commands before it produced (A41).
 *
 * @example
 * ```ts
 * foldSorted(defaultPolicy, world, sorted)
 * ```
 */
export const foldSorted = (policy: Policy, world: World, sorted: readonly Command[]): readonly Step[] => {
  const apply = applyCheckedWith(policy)
  const steps: Step[] = []
  const groups: Command[][] = []
  for (const command of sorted) {
    const group = groups.at(-1)
    const head = group?.[0]
    if (group !== undefined && head !== undefined && compareCommands(head, command) === 0) group.push(command)
    else groups.push([command])
  }
  groups.reduce((current, group) => foldGroup(apply, current, group, steps), world)
  return steps
}

/**
 * A replayed log: the final world and each command's outcome, in (timestamp, tiebreak) order.
 *
 * @example
 * ```ts
 * const result: Replay = replay(world, log)
 * result.outcomes.length === log.length // true: one outcome for every command, repeats included
 * ```
 */
export interface Replay {
  readonly world: World
  readonly outcomes: readonly Outcome[]
}

/**
 * The outcome of a command `commandCodec` would reject: refused, with the reasons naming the bad field.
 *
 * @example
 * ```ts
 * refusedOutcome(given, checked) // { command: given, status: 'rejected', reasons: [{ code: 'request.invalid', … }] }
 * ```
 */
export const refusedOutcome = (given: unknown, reasons: readonly Reason[]): Outcome => ({ command: given as Command, status: 'rejected', reasons })

/** Refused commands in an order that does not depend on their arrival: by their reasons, then their text when it can be read. */
const byText = (a: Outcome, b: Outcome): number => {
  const [x, y] = [textOf(a), textOf(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

const textOf = (outcome: Outcome): string => {
  const reasons = JSON.stringify(outcome.reasons)
  try {
    return `${reasons}${canonicalJson(outcome.command)}`
  } catch {
    return reasons
  }
}

/**
 * {@link replay} under a given policy.
 *
 * @example
 * ```ts
 * import { replayWith, defaultPolicy } from 'accessgrid'
 * replayWith(defaultPolicy)(world, log)
 * ```
 */
export const replayWith =
  (policy: Policy) =>
  (world: World, commands: readonly Command[]): Replay => {
    const valid: Command[] = []
    const refused: Outcome[] = []
    for (const given of commands) {
      const checked = checkedCommand(given)
      if (isRefused(checked)) refused.push(refusedOutcome(given, checked))
      else valid.push(checked)
    }
    const steps = foldSorted(policy, world, valid.sort(compareCommands))
    return { world: steps.at(-1)?.world ?? world, outcomes: [...steps.map((step) => step.outcome), ...refused.sort(byText)] }
  }

/**
 * Replays a log of administrative commands over a world, in (timestamp, tiebreak) order whatever the
 * order they arrived in (R28, A17, A41, I21): the final world and each command's outcome. Deterministic;
 * render the outcomes with `explainReplay`. Total: a command `commandCodec` would reject is refused
 * with `request.invalid` naming the bad field (its outcome comes after the others), and the replay goes on.
 *
 * @example
 * ```ts
 * import { replay, explainReplay } from 'accessgrid'
 * const { world: after, outcomes } = replay(world, log)
 * console.log(explainReplay(outcomes))
 * ```
 */
export const replay: (world: World, commands: readonly Command[]) => Replay = replayWith(defaultPolicy)
