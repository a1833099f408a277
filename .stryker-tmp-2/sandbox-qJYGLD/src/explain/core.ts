// @ts-nocheck
import type { Wording } from './wording.js'

/**
 * English for the engine's own reasons.
 *
 * @example
 * ```ts
 * coreWording['request.unknown_id']({ code: 'request.unknown_id', kind: 'model', id: 'fp' }) // "There is no model 'fp' in this world."
 * ```
 */
export const coreWording: Wording<
  'default.no_grant' | 'request.resource_mismatch' | 'request.unknown_id' | 'request.invalid' | 'request.subject_not_supported' | 'engine.rule_failed'
> = {
  'default.no_grant': (r) => `Nothing grants ${r.action}: access is denied by default.`,
  'request.resource_mismatch': (r) => `${r.action} does not apply to a ${r.resource}.`,
  'request.unknown_id': (r) => `There is no ${r.kind} '${r.id}' in this world.`,
  'request.invalid': (r) => `The request is malformed at ${r.path}: ${r.message}.`,
  'request.subject_not_supported': (r) => `${r.action} cannot be decided for the ${r.subject}.`,
  'engine.rule_failed': (r) => `The ${r.module} rule failed (${r.message}); the request is denied.`,
}
