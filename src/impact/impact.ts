import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../internal/either.js'
import { apply, type Report } from '../commands/apply.js'
import type { Command } from '../commands/command.js'
import { compile } from '../compile.js'
import { decide, decideWith } from '../decide.js'
import type { ModelId, UserId } from '../domain/ids.js'
import { knownOptions } from '../internal/options.js'
import { snapshotOf } from '../internal/world-handle.js'
import { defaultPolicy, modules } from '../policy.js'
import { policy } from '../rule/policy.js'
import type { CompileError } from '../snapshot/errors.js'
import type { Settings } from '../snapshot/settings.js'
import type { World } from '../snapshot/snapshot.js'
import { accountChangesOf } from './account.js'
import { scopeBetween } from './between.js'
import { administrationOf, type Pair } from './people.js'
import { runChangeOf } from './runs.js'
import type { Reach, Scope } from './scope.js'
import { scopeOfCommand } from './scoping.js'
import type { ModelSide } from './cells.js'
import { modelChangesOf } from './slices.js'
import type { Impact } from './types.js'
import { connectionChangesOf } from './workplace.js'

/** Every layer but those that depend on a cell's items: what it answers on a cell is the slice's ceiling. */
const ceilingDecider = decideWith(policy(defaultPolicy.modules.filter((m) => m !== modules.selectiveAccess && m !== modules.dynamicCellAccess)))

const sideOf = (world: World): ModelSide & Pair['before'] => ({ tenant: snapshotOf(world).tenant, decide: decide(world), ceiling: ceilingDecider(world) })

const union = <T>(...lists: readonly (Iterable<T> | undefined)[]): readonly T[] => [...new Set(lists.flatMap((list) => [...(list ?? [])]))]

const anything: Reach = { modules: 'all', cells: { tag: 'all' } }

/** Every user in every model, to every cell: the brute force `everything` stands for. */
const everyone = (pair: Pair): ReadonlyMap<ModelId, ReadonlyMap<UserId, Reach>> => {
  const users = union(pair.before.tenant?.users.keys(), pair.after.tenant?.users.keys())
  return new Map(union(pair.before.tenant?.models.keys(), pair.after.tenant?.models.keys()).map((model) => [model, new Map(users.map((user) => [user, anything]))]))
}

/**
 * Options of {@link impact}: `scope` overrides what is compared (by default, what differs between
 * the two worlds, {@link scopeBetween}; `everything` is the brute force). Options that are not an
 * object, or a misspelled one, throw a `TypeError` naming it (`options.scop`).
 *
 * @example
 * ```ts
 * impact(before, after, { scope: everything })
 * ```
 */
export interface ImpactOptions {
  readonly scope?: Scope
}

/**
 * What changes between two compiled worlds, for whom, with the decisions before and after: users'
 * administration roles and acts, workspace memberships, roles, ceilings and cells in models, scheduled
 * runs, connection and project roles, account operations. Only what the scope can reach is decided;
 * within it the answer is exact (what `decide` answers differently, and nothing else).
 *
 * @example
 * ```ts
 * import { impact, explainImpact } from 'accessgrid'
 * console.log(explainImpact(impact(before, after)))
 * ```
 */
export const impact = (before: World, after: World, options: ImpactOptions = {}): Impact => {
  const scope = (knownOptions(options, ['scope'], 'impact')['scope'] as Scope | undefined) ?? scopeBetween(before, after)
  const pair: Pair & { readonly before: ModelSide; readonly after: ModelSide } = { before: sideOf(before), after: sideOf(after) }
  const people = scope.everything ? union(pair.before.tenant?.users.keys(), pair.after.tenant?.users.keys()) : [...scope.people]
  const administration = people.map((user) => administrationOf(pair, user))
  const reach = scope.everything ? everyone(pair) : scope.reach
  const models = [...reach].flatMap(([model, users]) => [...users].flatMap(([user, r]) => modelChangesOf(pair.before, pair.after, model, user, r)))
  const integrations =
    scope.everything || scope.integrations === 'all'
      ? union(pair.before.tenant?.integrations.keys(), pair.after.tenant?.integrations.keys())
      : [...scope.integrations]
  const workplace = { before: { workplace: snapshotOf(before).workplace, decide: pair.before.decide }, after: { workplace: snapshotOf(after).workplace, decide: pair.after.decide } }
  const connections = scope.everything ? 'all' : scope.connections
  const account = { before: { account: snapshotOf(before).account, decide: pair.before.decide }, after: { account: snapshotOf(after).account, decide: pair.after.decide } }
  return {
    scope,
    administration: administration.flatMap((a) => a.administration),
    memberships: administration.flatMap((a) => a.memberships),
    models,
    runs: integrations.flatMap((integration) => runChangeOf(pair.before, pair.after, integration)),
    connections: connections !== 'all' && connections.size === 0 ? [] : connectionChangesOf(workplace.before, workplace.after, connections),
    account: scope.everything || scope.account ? accountChangesOf(account.before, account.after) : [],
  }
}

/**
 * The impact of a command: `rejected` with the engine's report when it would not apply (its deny
 * reasons, or `commands.integrity` when the world it would leave does not compile), so nothing is
 * half-applied; otherwise `applied`, with the new world and what changes, compared only where the
 * command's type can reach ({@link scopeOfCommand}).
 *
 * @example
 * ```ts
 * import { impactOf, explainImpact } from 'accessgrid'
 * const result = impactOf(world, command)
 * if (result.tag === 'applied') console.log(explainImpact(result.impact))
 * ```
 */
export type CommandImpact =
  | { readonly tag: 'rejected'; readonly report: Report }
  | { readonly tag: 'applied'; readonly report: Report; readonly world: World; readonly impact: Impact }

/**
 * What a command would change, before it lands: see {@link CommandImpact}.
 *
 * @example
 * ```ts
 * const result = impactOf(world, command)
 * result.tag === 'rejected' ? result.report.reasons : result.impact.models
 * ```
 */
export const impactOf = (world: World, command: Command): CommandImpact => {
  const result = apply(world, command)
  if (result._tag === 'Left') return { tag: 'rejected', report: result.left }
  const { world: after, ...report } = result.right
  return { tag: 'applied', report, world: after, impact: impact(world, after, { scope: scopeOfCommand(command, world, after) }) }
}

/**
 * The impact of replacing a world by another world input: the compile errors when it does not
 * compile (nothing is compared), or the impact of the compiled world.
 *
 * @example
 * ```ts
 * const result = impactOfInput(world, { ...encode(world), tenant: edited })
 * if (result._tag === 'Left') result.left.map((e) => e.path)
 * ```
 */
export const impactOfInput = (before: World, input: unknown, settings?: Partial<Settings>): Either<readonly CompileError[], Impact> => {
  const after = compile(input, settings)
  return after._tag === 'Left' ? left(after.left) : right(impact(before, after.right))
}
