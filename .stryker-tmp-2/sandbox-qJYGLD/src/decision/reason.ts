// @ts-nocheck
import type { AccountRolesReasons } from './reasons/accountRoles.js'
import type { ConnectionRolesReasons } from './reasons/connectionRoles.js'
import type { CoreReasons } from './reasons/core.js'
import type { CommandReasons } from './reasons/commands.js'
import type { ModelAdministrationReasons } from './reasons/modelAdministration.js'
import type { IntegrationRolesReasons } from './reasons/integrationRoles.js'
import type { ModelRolesReasons } from './reasons/modelRoles.js'
import type { SelectiveAccessReasons } from './reasons/selectiveAccess.js'
import type { DynamicCellAccessReasons } from './reasons/dynamicCellAccess.js'
import type { TenantRolesReasons } from './reasons/tenantRoles.js'
import type { WorkspaceAssignmentReasons } from './reasons/workspaceAssignment.js'

/**
 * The catalogue of every reason code with the parameters it carries. Each rule module contributes an
 * interface of its own; this intersection is the single list of codes, which are public API (changing
 * one is a breaking change).
 *
 * @example
 * ```ts
 * const params: ReasonCatalogue['request.unknown_id'] = { kind: 'model', id: 'fp' }
 * ```
 */
// One line per module: keep each on its own line (the file merges as a union of lines).
export type ReasonCatalogue = CoreReasons
  & ModelAdministrationReasons
  & CommandReasons
  & IntegrationRolesReasons
  & ModelRolesReasons
  & SelectiveAccessReasons
  & DynamicCellAccessReasons
  & TenantRolesReasons
  & WorkspaceAssignmentReasons
  & ConnectionRolesReasons
  & AccountRolesReasons

/**
 * A stable reason code such as `selective_access.item_not_granted`.
 *
 * @example
 * ```ts
 * const code: ReasonCode = 'selective_access.item_not_granted' // `reasonCodes` lists every one
 * ```
 */
export type ReasonCode = keyof ReasonCatalogue

/**
 * The reason with the given code: `{ code, ...params }`, plain JSON data without prose.
 *
 * @example
 * ```ts
 * const unknown: ReasonOf<'request.unknown_id'> = reason('request.unknown_id', { kind: 'model', id: 'fp' })
 * ```
 */
export type ReasonOf<C extends ReasonCode> = { readonly code: C } & ReasonCatalogue[C]

/**
 * Why a decision came out as it did. Reasons are data (a code plus ids); {@link explain} turns them
 * into English.
 *
 * @example
 * ```ts
 * import { reason } from 'accessgrid'
 * const r = reason('default.no_grant', { action: 'cell.read' })
 * ```
 */
export type Reason = { readonly [C in ReasonCode]: ReasonOf<C> }[ReasonCode]

/**
 * Builds a reason from its code and parameters.
 *
 * @example
 * ```ts
 * reason('request.unknown_id', { kind: 'model', id: 'fp' }) // { code: 'request.unknown_id', kind: 'model', id: 'fp' }
 * ```
 */
export const reason = <C extends ReasonCode>(code: C, params: ReasonCatalogue[C]): ReasonOf<C> => {
  const built: { readonly code: C } & ReasonCatalogue[C] = { code, ...params }
  return built
}
