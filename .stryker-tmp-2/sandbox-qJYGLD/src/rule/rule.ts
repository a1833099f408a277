// @ts-nocheck
import type { ActionOf, ActionType } from '../domain/action.js'
import type { Request } from '../domain/request.js'
import type { Decision } from '../decision/decision.js'
import type { Verdicts } from '../decision/verdict.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import type { CellLookup } from '../snapshot/tenant/cell-lookup.js'
import type { Memo } from './memo.js'

/**
 * What a rule sees: the compiled world, `decide` for sub-requests (an integration run decides each of
 * its steps as its actor), and the request's cell looked up once by the engine (undefined when the
 * resource is not a cell), so that no module repeats the lookup, and the decider's {@link Memo}: what
 * rules derive from the world once and reuse across requests. Rules never import one another; they
 * meet only through `decide`.
 *
 * @example
 * ```ts
 * const rule: Rule<'model.open'> = (request, context: RuleContext) =>
 *   context.world.tenant === undefined ? unknownId('tenant', 'tenant') : verdict.skip
 * ```
 */
export interface RuleContext {
  readonly world: Snapshot
  readonly decide: (request: Request) => Decision
  readonly cell: CellLookup | undefined
  readonly memo: Memo
}

/**
 * A request whose action is of type `T`.
 *
 * @example
 * ```ts
 * const channelOf = (request: RequestOf<'cell.read'>) => request.action.channel // 'interactive' | 'export' | 'importSource'
 * ```
 */
export type RequestOf<T extends ActionType> = Request & { readonly action: ActionOf<T> }

/**
 * A rule: a pure function from a request to verdicts. It never throws and never reads a clock.
 *
 * @example
 * ```ts
 * import { verdict, type Rule } from 'accessgrid'
 * const nothing: Rule<'cell.read'> = () => verdict.skip
 * ```
 */
export type Rule<T extends ActionType = ActionType> = (request: RequestOf<T>, context: RuleContext) => Verdicts

/**
 * A module's handlers, one per action type it has something to say about.
 *
 * @example
 * ```ts
 * const handlers: Handlers = { 'cell.read': readCell, 'cell.write': writeCell }
 * ```
 */
export type Handlers = { readonly [T in ActionType]?: Rule<T> }

/**
 * A rule module: a name (it appears in traces) and its handlers by action type. A module may also
 * resolve the actor of some actions (integration runs): the decision then names that actor and every
 * other module sees it as `request.actor`.
 *
 * @example
 * ```ts
 * const audit: RuleModule = ruleModule('audit', { 'model.open': (request) => verdict.skip })
 * ```
 */
export interface RuleModule {
  readonly name: string
  readonly handlers: Handlers
  readonly actors?: ActorResolvers
}

/**
 * The result of resolving an actor: the actor, or the verdicts that deny the request.
 *
 * @example
 * ```ts
 * const asAlias: ActorResolution = { tag: 'actor', actor: subject.internalAlias, verdicts: [] }
 * ```
 */
export type ActorResolution =
  | { readonly tag: 'actor'; readonly actor: NonNullable<Request['actor']>; readonly verdicts: Verdicts }
  | { readonly tag: 'denied'; readonly verdicts: Verdicts }

/**
 * Actor resolvers by action type.
 *
 * @example
 * ```ts
 * const actors: ActorResolvers = { 'cloudworks.run': (request, world) => ({ tag: 'actor', actor: subject.internalAlias, verdicts: [] }) }
 * ```
 */
export type ActorResolvers = {
  readonly [T in ActionType]?: (request: RequestOf<T>, world: Snapshot) => ActorResolution
}

/**
 * Declares a rule module.
 *
 * @example
 * ```ts
 * import { ruleModule, verdict } from 'accessgrid'
 * const silent = ruleModule('silent', { 'cell.read': () => verdict.skip })
 * ```
 */
export const ruleModule = (name: string, handlers: Handlers, actors?: ActorResolvers): RuleModule =>
  actors === undefined ? { name, handlers } : { name, handlers, actors }
