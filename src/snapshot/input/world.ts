import type { TenantInput } from './tenant.js'

/**
 * A world as delivered: the JSON-able description of everything decisions depend on. Each section is
 * optional; a request about a section the world lacks is denied.
 */
export interface WorldInput {
  /** The planning tenant: users, administration roles, workspaces, models, CloudWorks. */
  readonly tenant?: TenantInput
}
