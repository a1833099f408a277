// @ts-nocheck
import type { ActionType } from '../domain/action.js'
import type { ActorResolvers, Handlers, RuleModule } from './rule.js'

/**
 * One module's handler for one action type, kept with the module's name for traces.
 *
 * @example
 * ```ts
 * defaultPolicy.rulesFor('cell.read').map((entry: PolicyEntry) => entry.module) // the modules with a cell.read handler, in policy order
 * ```
 */
export interface PolicyEntry {
  readonly module: string
  readonly rule: NonNullable<Handlers[ActionType]>
}

/**
 * A composition of rule modules, indexed by action type once so that `decide` looks up only the rules
 * that can speak to a request.
 *
 * @example
 * ```ts
 * const mine: Policy = policy([...defaultPolicy.modules, auditModule])
 * decideWith(mine)(world)(who, action, on)
 * ```
 */
export interface Policy {
  readonly modules: readonly RuleModule[]
  readonly rulesFor: (type: ActionType) => readonly PolicyEntry[]
  readonly actorFor: (type: ActionType) => NonNullable<ActorResolvers[ActionType]> | undefined
}

const empty: readonly PolicyEntry[] = Object.freeze([])

/**
 * Composes rule modules into a policy. The order of modules changes only the order of the trace,
 * never a decision (I4). Two modules resolving the actor of the same action is a programming error.
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const planningOnly = policy([modules.modelRoles, modules.selectiveAccess])
 * ```
 */
export const policy = (modules: readonly RuleModule[]): Policy => {
  const rules = new Map<ActionType, PolicyEntry[]>()
  const actors = new Map<ActionType, NonNullable<ActorResolvers[ActionType]>>()
  for (const module of modules) {
    for (const [type, rule] of Object.entries(module.handlers) as [ActionType, PolicyEntry['rule']][]) {
      rules.set(type, [...(rules.get(type) ?? []), { module: module.name, rule }])
    }
    for (const [type, resolve] of Object.entries(module.actors ?? {}) as [ActionType, NonNullable<ActorResolvers[ActionType]>][]) {
      if (actors.has(type)) throw new Error(`policy: two modules resolve the actor of '${type}'`)
      actors.set(type, resolve)
    }
  }
  return Object.freeze({
    modules: Object.freeze([...modules]),
    rulesFor: (type: ActionType) => rules.get(type) ?? empty,
    actorFor: (type: ActionType) => actors.get(type),
  })
}
