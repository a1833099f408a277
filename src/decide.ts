import { actionSpecs, type Action, type ActionType } from './domain/action.js'
import { lattice, type Level } from './domain/lattice.js'
import type { Request } from './domain/request.js'
import type { CellResource, Resource } from './domain/resource.js'
import type { Subject } from './domain/subject.js'
import type { Decision, TraceEntry, TracedDecision } from './decision/decision.js'
import { reason } from './decision/reason.js'
import { settle, settleFirst, type Requirement } from './decision/settle.js'
import { verdict, type Verdict, type Verdicts } from './decision/verdict.js'
import { snapshotOf } from './internal/world-handle.js'
import { defaultPolicy } from './policy.js'
import type { Policy, PolicyEntry } from './rule/policy.js'
import { defaultMemoBudget, memo } from './rule/memo.js'
import type { ActorResolution, RuleContext } from './rule/rule.js'
import type { World } from './snapshot/snapshot.js'
import { cellLookups, type CellLookup } from './snapshot/tenant/cell-lookup.js'
import { knownOptions } from './internal/options.js'
import { thrownMessage } from './internal/thrown.js'
import { checkedRequest, Refusal } from './request-check.js'

/**
 * `decide` bound to a world: the function a service keeps and calls per request.
 *
 * @example
 * ```ts
 * const decider: Decider = decide(world)
 * decider(subject.user(id.user('paula')), { type: 'model.open' }, resource.model(id.model('finance-plan'))).effect
 * ```
 */
export type Decider = (subject: Subject, action: Action, resource: Resource) => Decision
/**
 * `trace` bound to a world: as {@link Decider}, with the verdicts of every module that speaks to the action.
 *
 * @example
 * ```ts
 * const tracer: Tracer = trace(world)
 * tracer(subject.user(id.user('paula')), { type: 'model.open' }, resource.model(id.model('finance-plan'))).trace
 * ```
 */
export type Tracer = (subject: Subject, action: Action, resource: Resource) => TracedDecision

const fallback: Requirement = { action: 'unknown', lattice: 'permission', requires: 1 }

/**
 * Everything `decide` needs to know about one action type under one policy, found with a single lookup
 * per request: what settling requires, the resource kinds it applies to, the module resolving its
 * actor, and the rules that speak to it.
 */
interface Plan {
  readonly requirement: Requirement
  /** The names of the requirement's lattice, a plain copy. */
  readonly levels: readonly Level[]
  readonly resources: readonly Resource['kind'][]
  readonly resolve: ReturnType<Policy['actorFor']>
  readonly entries: readonly PolicyEntry[]
}

const planOf = (policy: Policy, type: ActionType): Plan => {
  const spec = actionSpecs[type]
  return {
    requirement: { action: type, lattice: spec.lattice, requires: lattice[spec.lattice].rank[spec.requires as never] },
    levels: lattice[spec.lattice].levels.slice(),
    resources: spec.resources.slice(),
    resolve: policy.actorFor(type),
    entries: policy.rulesFor(type),
  }
}

/** What one binding of a policy to a world shares across requests: built once, read by every request. */
interface Bound {
  readonly plans: ReadonlyMap<string, Plan>
  readonly context: RuleContext
  readonly lookup: (cell: CellResource) => CellLookup
}

/**
 * How a decider is bound. `memoBudget`: the bytes of derived values (a user's standing in a model,
 * their selective-access grants by item number) a decider may keep between requests, 64 MiB by
 * default; past it, it forgets the oldest one at a time and derives them again when asked. 0 keeps
 * only the latest. The answers never depend on it, only the speed.
 *
 * @example
 * ```ts
 * const lean = decideWith(defaultPolicy, { memoBudget: 1 << 20 })(world)
 * ```
 */
export interface DeciderOptions {
  readonly memoBudget?: number
}

const budgetOf = (options: DeciderOptions): number => {
  const given = knownOptions(options, ['memoBudget'], 'a decider')['memoBudget']
  const budget: unknown = given === undefined ? defaultMemoBudget : given
  if (typeof budget !== 'number' || !(budget >= 0)) throw new TypeError(`options.memoBudget: expected a number of bytes, at least 0, got ${String(budget)}`)
  return budget
}

/** A plan per action type: they depend on the policy alone, so a policy's deciders share them. */
const plansOf = (policy: Policy): ReadonlyMap<string, Plan> =>
  new Map((Object.keys(actionSpecs) as ActionType[]).map((type) => [type, planOf(policy, type)]))

const bind = (plans: ReadonlyMap<string, Plan>, world: World, options: DeciderOptions): Bound => {
  const snapshot = snapshotOf(world)
  const bound: Bound = {
    plans,
    context: { world: snapshot, decide: (sub) => evaluate(bound, sub, undefined), cell: undefined, memo: memo(snapshot, budgetOf(options)) },
    lookup: cellLookups(snapshot.tenant),
  }
  return bound
}

/** The context of one request: the bound one, with the request's cell looked up once for every rule. */
const contextFor = (bound: Bound, resource: Resource): RuleContext => {
  const shared = bound.context
  return resource.kind === 'cell' ? { world: shared.world, decide: shared.decide, cell: bound.lookup(resource), memo: shared.memo } : shared
}

/**
 * One evaluation path for `decide` and `trace`: `record` receives each module's verdicts when tracing.
 * The hot path allocates only the verdict list it settles and, for cells, one lookup: no closure per
 * request or per rule.
 */
const evaluate = (bound: Bound, request: Request, record: ((entry: TraceEntry) => void) | undefined): Decision => {
  const plan = bound.plans.get(request.action.type)
  if (plan === undefined) return invalid('action.type', `no plan for action type '${request.action.type}'`)
  const { requirement, resolve, entries } = plan
  const kind = request.resource.kind
  // Most actions apply to one kind of resource: one comparison rather than a call.
  if (plan.resources[0] !== kind && !plan.resources.includes(kind))
    return settle(requirement, verdict.cap(0, reason('request.resource_mismatch', { action: request.action.type, resource: request.resource.kind })))
  const context = contextFor(bound, request.resource)
  let resolved: Request = request
  // Reserved for about one verdict a rule, grown if need be (a pushed-to empty array reserves 17).
  const verdicts: Verdict[] = new Array<Verdict>(entries.length + 2)
  let count = 0
  if (resolve !== undefined) {
    const resolution = guardActor(resolve, request, context.world)
    if (!('tag' in resolution)) return settle(requirement, resolution)
    if (resolution.tag === 'denied') return settle(requirement, resolution.verdicts)
    // Spelled out: on Node 20 a spread followed by a property costs about a microsecond.
    resolved = { subject: request.subject, actor: resolution.actor, action: request.action, resource: request.resource }
    for (const v of resolution.verdicts) verdicts[count++] = v
  }
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as PolicyEntry
    let said: Verdicts
    try {
      said = entry.rule(resolved as never, context)
    } catch (error) {
      said = ruleFailed(entry.module, error)
    }
    if (record !== undefined) record({ module: entry.module, verdicts: Object.freeze(said.slice()) })
    for (let v = 0; v < said.length; v++) verdicts[count++] = said[v] as Verdict
  }
  return settleFirst(requirement, plan.levels, verdicts, count, resolve === undefined ? undefined : resolved.actor)
}

const ruleFailed = (module: string, error: unknown): Verdicts => verdict.cap(0, reason('engine.rule_failed', { module, message: thrownMessage(error) }))

const guardActor = (
  resolve: NonNullable<ReturnType<Policy['actorFor']>>,
  request: Request,
  world: RuleContext['world'],
): ActorResolution | Verdicts => {
  try {
    return resolve(request as never, world)
  } catch (error) {
    return ruleFailed('actor', error)
  }
}

const invalid = (path: string, message: string): Decision => settle(fallback, verdict.cap(0, reason('request.invalid', { path, message })))

/** The request checked (see {@link checkedRequest}), then evaluated; anything thrown on the way is a deny. */
const guarded = (
  bound: Bound,
  subject: unknown,
  action: unknown,
  resource: unknown,
  record: ((entry: TraceEntry) => void) | undefined,
): Decision => {
  try {
    const checked = checkedRequest(subject, action, resource)
    return checked instanceof Refusal ? invalid(checked.path, checked.message) : evaluate(bound, checked, record)
  } catch (error) {
    return invalid('(request)', thrownMessage(error))
  }
}

/**
 * Decides with a given policy. A service binds the world once and keeps the returned function: it
 * remembers what it derives from the world across requests (see {@link DeciderOptions}). Total: it
 * never throws; any malformed request or failing rule comes back as a deny. Bad options (an unknown one, a bad budget) throw here,
 * naming the option.
 *
 * @example
 * ```ts
 * import { decideWith, policy, modules } from 'accessgrid'
 * const decideData = decideWith(policy([modules.modelRoles, modules.selectiveAccess]))
 * ```
 */
export const decideWith = (policy: Policy, options: DeciderOptions = {}): ((world: World) => Decider) => {
  const plans = plansOf(policy)
  return (world) => {
    const bound = bind(plans, world, options)
    return (subject, action, resource) => guarded(bound, subject, action, resource, undefined)
  }
}

/** The decision with its trace, spelled out: on Node 20 a spread followed by a property costs about a microsecond. */
const withTrace = (decision: Decision, trace: readonly TraceEntry[]): TracedDecision => {
  const { effect, level, reasons, warnings, actor } = decision
  return actor === undefined ? { effect, level, reasons, warnings, trace } : { effect, level, reasons, warnings, actor, trace }
}

/**
 * Like {@link decideWith}, and the decision carries the verdicts of every module with a rule for the
 * action, in policy order.
 *
 * @example
 * ```ts
 * import { traceWith, defaultPolicy } from 'accessgrid'
 * const traced = traceWith(defaultPolicy)(world)(subject, action, resource).trace
 * ```
 */
export const traceWith = (policy: Policy, options: DeciderOptions = {}): ((world: World) => Tracer) => {
  const plans = plansOf(policy)
  return (world) => {
    const bound = bind(plans, world, options)
    return (subject, action, resource) => {
      const trace: TraceEntry[] = []
      return withTrace(guarded(bound, subject, action, resource, (entry) => trace.push(entry)), trace)
    }
  }
}

/**
 * May `subject` do `action` on `resource`, and why? Decided by the default policy over a compiled world.
 *
 * @example
 * ```ts
 * import { compile, decide, subject, resource, id } from 'accessgrid'
 * const world = compile(input)
 * if (world._tag === 'Right') {
 *   const decision = decide(world.right)(subject.user(id.user('ana')), { type: 'model.open' }, resource.model(id.model('fp')))
 * }
 * ```
 */
export const decide: (world: World) => Decider = decideWith(defaultPolicy)

/**
 * {@link decide} with the trace of the verdicts of every module with a rule for the action.
 *
 * @example
 * ```ts
 * import { trace, subject, resource, id } from 'accessgrid'
 * const traced = trace(world)(subject.user(id.user('paula')), { type: 'model.open' }, resource.model(id.model('finance-plan')))
 * traced.trace.map((entry) => entry.module) // the modules that handle 'model.open', in policy order
 * ```
 */
export const trace: (world: World) => Tracer = traceWith(defaultPolicy)
