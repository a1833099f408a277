// @ts-nocheck
import { defaultPolicy } from '../policy.js'
import type { Policy } from '../rule/policy.js'
import type { World } from '../snapshot/snapshot.js'
import type { Command } from './command.js'
import { compareCommands, insertionPoint } from './order.js'
import { checkedCommand, isRefused } from './checked.js'
import { foldSorted, refusedOutcome, type Outcome, type Step } from './replay.js'

/**
 * A world and the commands received so far, kept in (timestamp, tiebreak) order with the world after
 * each one. Every version is kept, sharing structure with its neighbours (A45: a run started on one
 * version keeps deciding on it).
 *
 * @example
 * ```ts
 * const h: History = [late, early].reduce(receive, history(world))
 * h.commands // [early, late]: kept in (timestamp, tiebreak) order
 * ```
 */
export interface History {
  readonly base: World
  readonly commands: readonly Command[]
  readonly steps: readonly Step[]
  /** Commands `commandCodec` would reject, refused as they arrived: they take no place and change nothing. */
  readonly refused: readonly Outcome[]
}

/**
 * An empty history over a world.
 *
 * @example
 * ```ts
 * import { history } from 'accessgrid'
 * const h = history(world)
 * ```
 */
export const history = (base: World): History => ({ base, commands: [], steps: [], refused: [] })

/**
 * The world a history has reached.
 *
 * @example
 * ```ts
 * import { currentWorld, history } from 'accessgrid'
 * currentWorld(history(world)) === world // true
 * ```
 */
export const currentWorld = (h: History): World => h.steps.at(-1)?.world ?? h.base

/**
 * {@link receive} under a given policy.
 *
 * @example
 * ```ts
 * import { receiveWith, defaultPolicy } from 'accessgrid'
 * const next = receiveWith(defaultPolicy)(h, command)
 * ```
 */
export const receiveWith =
  (policy: Policy) =>
  (h: History, given: Command): History => {
    const command = checkedCommand(given)
    if (isRefused(command)) return { ...h, refused: [...h.refused, refusedOutcome(given, command)] }
    const at = insertionPoint(h.commands, command)
    let from = at
    while (from > 0 && compareCommands(h.commands[from - 1] ?? command, command) === 0) from--
    const commands = [...h.commands.slice(0, at), command, ...h.commands.slice(at)]
    const before = h.steps[from - 1]?.world ?? h.base
    return { base: h.base, commands, steps: [...h.steps.slice(0, from), ...foldSorted(policy, before, commands.slice(from))], refused: h.refused }
  }

/**
 * Receives one command, in whatever order commands arrive: it takes its place by (timestamp,
 * tiebreak), and it and every later command are decided again against the world before them (R28,
 * A41, I21). A command that arrives in order costs one step. A command `commandCodec` would reject
 * is refused (it joins `refused`, with `request.invalid` naming the bad field) and changes nothing.
 *
 * @example
 * ```ts
 * import { history, receive, currentWorld } from 'accessgrid'
 * const h = [late, early].reduce(receive, history(world))
 * currentWorld(h) // as if `early` had arrived first
 * ```
 */
export const receive: (h: History, command: Command) => History = receiveWith(defaultPolicy)
