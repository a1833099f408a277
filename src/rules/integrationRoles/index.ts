import { ruleModule } from '../../rule/rule.js'
import { create, manage } from './objects.js'
import { run } from './run.js'
import { resolveRunActor } from './run-actor.js'
import { setRunAs } from './run-as.js'
import { setStepRunAs } from './step-run-as.js'

/**
 * Integration roles and run identity (R9–R20, F17–F30, A4–A7, A30–A32, A44–A46): who may create,
 * manage and run CloudWorks connections and integrations, and who a run acts as.
 *
 * @example
 * ```ts
 * import { policy, modules } from 'accessgrid'
 * const cloudworksOnly = policy([modules.integrationRoles])
 * ```
 */
export const integrationRoles = ruleModule(
  'integrationRoles',
  { 'cloudworks.create': create, 'cloudworks.manage': manage, 'cloudworks.run': run, 'cloudworks.setRunAs': setRunAs, 'cloudworks.setStepRunAs': setStepRunAs },
  { 'cloudworks.run': resolveRunActor },
)

export { resolveRunActor } from './run-actor.js'
export { stepActor } from './run.js'
export { integrationRoleOf, type IntegrationRole } from './roles.js'
