import * as t from 'io-ts'
import { sessionC } from '../codecs/subject.js'
import { struct } from '../codecs/struct.js'
import { decide } from '../decide.js'
import { actionSpecs, type Action } from '../domain/action.js'
import { lattice, type Level } from '../domain/lattice.js'
import type { Resource } from '../domain/resource.js'
import type { Session } from '../domain/subject.js'
import type { Decision } from '../decision/decision.js'
import { reason } from '../decision/reason.js'
import { snapshotOf } from '../internal/world-handle.js'
import { checkedAction, checkedPart, checkedResource, Refusal } from '../request-check.js'
import type { World } from '../snapshot/snapshot.js'
import { candidatesFor } from './candidates.js'
import { reverseIndexes } from './indexes.js'
import { problemOf } from './problems.js'
import { sectionOf, subjectOrder } from './subjects.js'
import { binaryHas, page, positionOf, type Settled, type WhoCanAnswer, type WhoCanInclude } from './who-can-answer.js'

/**
 * Options of a {@link whoCan} question.
 * - `minLevel`: a level of the action's lattice (`'write'` for cells); a subject qualifies when
 *   `decide` allows and its level reaches it. Defaults to the level the action requires.
 * - `include`: see {@link WhoCanInclude}.
 * - `limit`: at most this many entries, a whole number (default: all); `cursor`: the `next` of the previous page.
 * - `session`: the session every user asks with (account roles need one, R58).
 *
 * @example
 * ```ts
 * const options: WhoCanOptions = { minLevel: 'write', include: 'all', limit: 100 }
 * ```
 */
export interface WhoCanOptions {
  readonly minLevel?: Level
  readonly include?: WhoCanInclude
  readonly limit?: number
  readonly cursor?: string
  readonly session?: Session
}

/** The options as `whoCan` reads them: each field of its type, an unknown field an error; their values are checked below. */
const checkedOptions = checkedPart(
  'options',
  struct('options', {}, { minLevel: t.string, include: t.string, limit: t.number, cursor: t.string, session: sessionC }),
)

/**
 * `whoCan` bound to a world.
 *
 * @example
 * ```ts
 * const ask: WhoCan = whoCan(world)
 * ```
 */
export type WhoCan = (action: Action, resource: Resource, options?: WhoCanOptions) => WhoCanAnswer

/** A level's rank in a lattice; -1 for a level of another lattice. */
const rankOf = (ranks: Readonly<Record<string, number>>, level: string): number => (Object.hasOwn(ranks, level) ? (ranks[level] ?? -1) : -1)

const invalid = (path: string, message: string): WhoCanAnswer => ({ entries: [], problem: reason('request.invalid', { path, message }) })

/**
 * Who may do `action` on `resource`, and why: every subject `decide` allows, exactly as `decide` answers
 * each of them, with `options.include` the ones it denies. Indexed, not brute force: the bound function
 * keeps indexes from items, grants and roles to users (built on first use), decides only the users who
 * can be allowed (the candidates: assigned in the model, holding a grant covering the cell's items,
 * administering the workspace, holding an administration role) and knows every other user is denied;
 * a page of denied users decides just that page. Total: bad input answers an empty page with a
 * `problem`, never a throw.
 *
 * @example
 * ```ts
 * import { whoCan, resource, id } from 'accessgrid'
 * const answer = whoCan(world)({ type: 'cell.write', channel: 'interactive' }, resource.cell({
 *   model: id.model('finance-plan'), module: id.module('opex'), lineItem: id.lineItem('amount'), version: id.version('budget'),
 *   items: { 'cost-centre': id.item('cc-berlin') },
 * }))
 * answer.entries.map((entry) => `${entry.name}: ${entry.decision.level}`)
 * ```
 */
export const whoCan = (world: World): WhoCan => {
  const snapshot = snapshotOf(world)
  const decider = decide(world)
  const indexes = reverseIndexes(snapshot)

  const settle = (action: Action, resource: Resource, threshold: number, session: Session | undefined): Settled => {
    const users = indexes.users(sectionOf(action.type))
    const order = subjectOrder(users.ids, users.positions, action.type, session)
    const lattices = lattice[actionSpecs[action.type].lattice]
    const fixed = order.size - users.ids.length
    const found = candidatesFor(snapshot, indexes, action, resource)
    const candidates: number[] = Array.from({ length: fixed }, (_, position) => position)
    if (found.tag === 'all') for (let position = fixed; position < order.size; position++) candidates.push(position)
    else {
      for (const user of found.users) {
        const position = order.positionOf(user)
        if (position !== undefined) candidates.push(position)
      }
      candidates.sort((a, b) => a - b)
    }
    const isCandidate = found.tag === 'all' ? () => true : (position: number) => binaryHas(candidates, position)
    const decided = new Map<number, Decision>()
    const decisionAt = (position: number): Decision | undefined => {
      const known = decided.get(position)
      if (known !== undefined) return known
      const who = order.at(position)
      if (who === undefined) return undefined
      const decision = decider(who, action, resource)
      decided.set(position, decision)
      return decision
    }
    const qualifies = (decision: Decision): boolean => decision.effect === 'allow' && rankOf(lattices.rank, decision.level) >= threshold
    return { order, candidates, isCandidate, decisionAt, qualifies }
  }

  return (givenAction, givenResource, givenOptions = {}) => {
    const action = checkedAction(givenAction)
    if (action instanceof Refusal) return invalid(action.path, action.message)
    const resource = checkedResource(givenResource)
    if (resource instanceof Refusal) return invalid(resource.path, resource.message)
    const options = checkedOptions(givenOptions)
    if (options instanceof Refusal) return invalid(options.path, options.message)
    const problem = problemOf(snapshot, action, resource)
    if (problem !== undefined) return { entries: [], problem }
    const include: unknown = options.include ?? 'allowed'
    if (include !== 'allowed' && include !== 'denied' && include !== 'all') return invalid('options.include', `expected 'allowed', 'denied' or 'all', got ${String(include)}`)
    const limit: unknown = options.limit ?? Infinity
    if (typeof limit !== 'number' || !(limit >= 1) || !(Number.isInteger(limit) || limit === Infinity))
      return invalid('options.limit', `expected a whole number of at least 1, got ${String(limit)}`)
    const spec = actionSpecs[action.type]
    const rank = lattice[spec.lattice].rank
    const minLevel: unknown = options.minLevel ?? spec.requires
    if (typeof minLevel !== 'string' || !Object.hasOwn(rank, minLevel)) return invalid('options.minLevel', `'${String(minLevel)}' is not a level of the ${spec.lattice} lattice`)
    const threshold = Math.max(rank[minLevel as never], rank[spec.requires as never])
    const settled = settle(action, resource, threshold, options.session)
    const start = positionOf(options.cursor, settled.order.size)
    if (start === undefined) return invalid('options.cursor', `not a cursor of this answer: ${String(options.cursor)}`)
    return page(settled, include, start, limit)
  }
}
