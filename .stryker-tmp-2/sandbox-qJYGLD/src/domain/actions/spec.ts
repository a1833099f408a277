// @ts-nocheck
import type { Level, LatticeName } from '../lattice.js'
import type { ResourceKind } from '../resource.js'

/**
 * What an action type needs: the lattice its level lives in, the level it requires, and the kinds of
 * resource it applies to. A request whose resource is of another kind is denied (fail closed).
 *
 * @example
 * ```ts
 * const spec: ActionSpec = actionSpecs['connection.createSync']
 * spec.requires // 'consumer', on resources of kind 'workplaceConnection'
 * ```
 */
export interface ActionSpec {
  readonly lattice: LatticeName
  readonly requires: Level
  readonly resources: readonly ResourceKind[]
}

/**
 * A table of action specs keyed by action type.
 *
 * @example
 * ```ts
 * const specs: ActionSpecs<'model.open' | 'model.manage'> = { 'model.open': permissionOn('model'), 'model.manage': permissionOn('model') }
 * ```
 */
export type ActionSpecs<T extends string> = { readonly [K in T]: ActionSpec }

/**
 * Shorthand for the spec of a yes/no administrative act on the given resource kinds.
 *
 * @example
 * ```ts
 * permissionOn('user') // { lattice: 'permission', requires: 'allowed', resources: ['user'] }
 * ```
 */
export const permissionOn = (...resources: readonly ResourceKind[]): ActionSpec => ({
  lattice: 'permission',
  requires: 'allowed',
  resources,
})
