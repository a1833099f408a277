// @ts-nocheck
import type { ReasonCode, ReasonOf } from '../decision/reason.js'

/**
 * English for a set of reason codes: one function per code.
 *
 * @example
 * ```ts
 * const wording: Wording<'default.no_grant'> = { 'default.no_grant': (r) => `Nothing grants ${r.action}.` }
 * ```
 */
export type Wording<C extends ReasonCode> = { readonly [K in C]: (reason: ReasonOf<K>) => string }
