import * as t from 'io-ts'
import type { Subject } from '../domain/subject.js'
import { brandedIdC, finiteC } from './primitives.js'
import { struct } from './struct.js'
import { tagged } from './tagged.js'
import type { UserId } from '../domain/ids.js'

/**
 * A user's session on the wire: `{ issuedAt }`, the time it was issued.
 *
 * @example
 * ```ts
 * sessionC.decode({ issuedAt: 100 })._tag // 'Right'
 * ```
 */
export const sessionC = struct('session', { issuedAt: finiteC })

/**
 * A subject on the wire: `{ kind: 'user', id, session? }`, `{ kind: 'internalAlias' }` or `{ kind: 'scheduler' }`.
 *
 * @example
 * ```ts
 * subjectC.decode({ kind: 'user', id: 'ana', session: { issuedAt: 100 } })._tag // 'Right'
 * ```
 */
export const subjectC: t.Type<Subject, Subject> = tagged<Subject>('subject', 'kind', {
  user: struct(
    'user subject',
    { kind: t.literal('user'), id: brandedIdC<UserId>() },
    { session: sessionC },
  ),
  internalAlias: struct('alias subject', { kind: t.literal('internalAlias') }),
  scheduler: struct('scheduler subject', { kind: t.literal('scheduler') }),
})
