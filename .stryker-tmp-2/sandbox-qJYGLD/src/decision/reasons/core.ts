/**
 * Reasons that belong to no rule module: the engine's own.
 *
 * @example
 * ```ts
 * const params: CoreReasons['default.no_grant'] = { action: 'cell.read' }
 * ```
 */
// @ts-nocheck

export interface CoreReasons {
  /** No module granted anything for this request: deny by default (I1). */
  'default.no_grant': { readonly action: string }
  /** The resource is not of a kind the action applies to. */
  'request.resource_mismatch': { readonly action: string; readonly resource: string }
  /** The request names an id the world does not hold (unknown ids deny at decide time). */
  'request.unknown_id': { readonly kind: string; readonly id: string }
  /** The request could not be decoded. */
  'request.invalid': { readonly path: string; readonly message: string }
  /** The subject is not an identity this action can be decided for (for example the scheduler asking for data). */
  'request.subject_not_supported': { readonly subject: string; readonly action: string }
  /** A rule failed unexpectedly; the request is denied rather than the error thrown (fail closed). */
  'engine.rule_failed': { readonly module: string; readonly message: string }
}
