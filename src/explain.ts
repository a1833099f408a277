import type { Decision } from './decision/decision.js'
import type { Reason, ReasonCode } from './decision/reason.js'
import { reasonParams } from './decision/reason-params.js'
import { accountRolesWording } from './explain/accountRoles.js'
import { connectionRolesWording } from './explain/connectionRoles.js'
import { coreWording } from './explain/core.js'
import { commandsWording } from './explain/commands.js'
import { modelAdministrationWording } from './explain/modelAdministration.js'
import { integrationRolesWording } from './explain/integrationRoles.js'
import { modelRolesWording } from './explain/modelRoles.js'
import { selectiveAccessWording } from './explain/selectiveAccess.js'
import { dynamicCellAccessWording } from './explain/dynamicCellAccess.js'
import { tenantRolesWording } from './explain/tenantRoles.js'
import { workspaceAssignmentWording } from './explain/workspaceAssignment.js'
import type { Wording } from './explain/wording.js'

/** All English wording, exhaustive over the reason codes (the compiler checks every code has one). */
const wording: Wording<ReasonCode> = {
  // One line per module (the file merges as a union of lines).
  ...coreWording,
  ...modelAdministrationWording,
  ...commandsWording,
  ...integrationRolesWording,
  ...modelRolesWording,
  ...selectiveAccessWording,
  ...dynamicCellAccessWording,
  ...tenantRolesWording,
  ...workspaceAssignmentWording,
  ...connectionRolesWording,
  ...accountRolesWording,
}

/** Each code's parameter names: a reason lacking one (`codecs.reason` accepts any parameters) is not worded with `undefined`. */
const declaredParams: Readonly<Record<string, readonly string[]>> = reasonParams()

/**
 * One reason in English.
 *
 * @example
 * ```ts
 * import { explainReason, reason } from 'accessgrid'
 * explainReason(reason('default.no_grant', { action: 'cell.read' }))
 * // 'Nothing grants cell.read: access is denied by default.'
 * ```
 */
export const explainReason = (reason: Reason): string => {
  const code: unknown = reason.code
  if (typeof code !== 'string') return 'A reason without a code.'
  // An own-property check: a code such as 'toString' or '__proto__' names no wording.
  const say = Object.hasOwn(wording, code) ? (wording[reason.code] as (r: Reason) => string) : undefined
  if (say === undefined) return `Unknown reason '${code}'.`
  const missing = (declaredParams[code] ?? []).filter((name) => Reflect.get(reason, name) === undefined)
  return missing.length === 0 ? say(reason) : `${code}, without its ${missing.join(' and ')}: a reason read from elsewhere that lost them.`
}

/**
 * A decision in English: the verdict, then each reason and warning on its own line, the reasons about
 * the request itself (`request.*`: an unknown id, a malformed field) first, as they explain the rest.
 *
 * @example
 * ```ts
 * import { explain } from 'accessgrid'
 * console.log(explain(decision))
 * ```
 */
export const explain = (decision: Decision): string =>
  [
    `${decision.effect === 'allow' ? 'Allowed' : 'Denied'} (level: ${decision.level})${
      decision.actor === undefined ? '' : `, acting as ${decision.actor.kind === 'user' ? decision.actor.id : 'Internal (Full Access)'}`
    }.`,
    ...[...decision.reasons.filter(aboutRequest), ...decision.reasons.filter((r) => !aboutRequest(r))].map((r) => `- ${explainReason(r)}`),
    ...decision.warnings.map((r) => `- Warning: ${explainReason(r)}`),
  ].join('\n')

const aboutRequest = (r: Reason): boolean => r.code.startsWith('request.')

/**
 * Every reason code the engine knows, for codecs and docs.
 *
 * @example
 * ```ts
 * reasonCodes.includes('default.no_grant') // true
 * ```
 */
export const reasonCodes: readonly ReasonCode[] = Object.keys(wording) as ReasonCode[]
