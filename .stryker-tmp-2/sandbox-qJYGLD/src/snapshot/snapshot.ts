// @ts-nocheck
import type { AccountSnapshot } from './account/types.js'
import type { WorldInput } from './input/world.js'
import type { Settings } from './settings.js'
import type { TenantSnapshot } from './tenant/types.js'
import type { WorkplaceSnapshot } from './workplace/types.js'

/**
 * The compiled world as rules read it: indexed, deep-frozen, never changed. Library users hold it only
 * through the opaque {@link World}.
 *
 * @example
 * ```ts
 * const tenant = context.world.tenant // undefined when the world has no tenant section
 * ```
 */
export interface Snapshot {
  readonly settings: Settings
  readonly tenant: TenantSnapshot | undefined
  /** The workplace of the connection-scoping product (seed 001), if the world has one. */
  readonly workplace: WorkplaceSnapshot | undefined
  /** The integration-marketplace account (seed 004), if the world has one. */
  readonly account: AccountSnapshot | undefined
  /**
   * The input it was compiled from, for round trips, less what `encode` reads from the compiled
   * records instead (see `keptInput`): the tenant's users and workspaces, each model's assignments
   * and selective-access grants, list items and one-dimension driver values.
   */
  readonly input: WorldInput
}

declare const opaque: unique symbol

/**
 * A compiled world: opaque, frozen, indexed. Build it with `compile`, then bind `decide` to it once.
 *
 * @example
 * ```ts
 * import { compile, decide } from 'accessgrid'
 * import { isRight } from 'fp-ts/lib/Either.js'
 * const world = compile(input)
 * if (isRight(world)) decide(world.right)
 * ```
 */
export interface World {
  readonly [opaque]: 'World'
}
