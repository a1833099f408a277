// @ts-nocheck
import type { AccountInput } from './account.js'
import type { TenantInput } from './tenant.js'
import type { WorkplaceInput } from './workplace.js'

/**
 * A world as delivered: the JSON-able description of everything decisions depend on. Each section is
 * optional; a request about a section the world lacks is denied.
 *
 * @example
 * ```ts
 * import { compile, type WorldInput } from 'accessgrid'
 * const input: WorldInput = { tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [{ id: 'finance' }], models: [] } }
 * const world = compile(input)
 * ```
 */
export interface WorldInput {
  /** The JSON Schema an editor checks the file with (`./node_modules/accessgrid/schema/world.json`); the engine ignores it. */
  readonly $schema?: string
  /** The planning tenant: users, administration roles, workspaces, models, CloudWorks. */
  readonly tenant?: TenantInput
  /** The workplace of the connection-scoping product: plan, roles, groups, projects, connections (seed 001). */
  readonly workplace?: WorkplaceInput
  /** The integration-marketplace account: users with base and additional roles, workspaces (seed 004). */
  readonly account?: AccountInput
}
