import type { ReasonCode, ReasonOf } from '../decision/reason.js'

/** English for a set of reason codes: one function per code. */
export type Wording<C extends ReasonCode> = { readonly [K in C]: (reason: ReasonOf<K>) => string }
