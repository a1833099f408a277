// @ts-nocheck
import { policy, type Policy } from './rule/policy.js'
import type { RuleModule } from './rule/rule.js'
import { modelAdministration } from './rules/modelAdministration/index.js'
import { integrationRoles } from './rules/integrationRoles/index.js'
import { modelRoles } from './rules/modelRoles/index.js'
import { selectiveAccess } from './rules/selectiveAccess/index.js'
import { dynamicCellAccess } from './rules/dynamicCellAccess/index.js'
import { tenantRoles } from './rules/tenantRoles/index.js'
import { workspaceAssignment } from './rules/workspaceAssignment/index.js'
import { accountRoles } from './rules/accountRoles/index.js'
import { connectionRoles } from './rules/connectionRoles/index.js'

/**
 * Every rule module, by name. Each is usable on its own: compose the ones a platform needs with
 * `policy([...])`.
 *
 * @example
 * ```ts
 * import { modules, policy } from 'accessgrid'
 * const p = policy([modules.modelRoles])
 * ```
 */
export const modules = {
  // One line per module, in layer order (the file merges as a union of lines).
  modelAdministration: modelAdministration,
  integrationRoles,
  modelRoles,
  selectiveAccess,
  dynamicCellAccess,
  tenantRoles: tenantRoles,
  workspaceAssignment: workspaceAssignment,
  connectionRoles,
  accountRoles,
} as const satisfies Record<string, RuleModule>

/**
 * The default composition: every module, in the order the layers are described in the docs.
 *
 * @example
 * ```ts
 * decideWith(defaultPolicy)(world)(subject.user(id.user('ana')), { type: 'model.open' }, resource.model(id.model('fp')))
 * ```
 */
export const defaultPolicy: Policy = policy(Object.values(modules))
