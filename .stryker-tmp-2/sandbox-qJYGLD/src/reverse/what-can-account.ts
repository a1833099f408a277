// @ts-nocheck
import type { Decider } from '../decide.js'
import { accountOperations, type AccountOperation, type Artifact } from '../domain/actions/account.js'
import type { WorkspaceId } from '../domain/ids.js'
import { resource } from '../domain/resource.js'
import { subject as subjects, type Subject } from '../domain/subject.js'
import type { Action } from '../domain/action.js'
import type { Decision } from '../decision/decision.js'

/**
 * One account act with `decide`'s decision for the subject as they are, and `freshLogin`: true when
 * it is denied now but would be allowed once they log in again (a role granted after their session
 * was issued, R58, I42).
 *
 * @example
 * ```ts
 * const act: AccountAct = { decision, freshLogin: true }
 * ```
 */
export interface AccountAct {
  readonly decision: Decision
  readonly freshLogin: boolean
}

/**
 * What one subject can do in the integration-marketplace account (see {@link whatCan}), within one of
 * its workspaces when the scope names one (A24): every operation, and creating, updating and deleting
 * each artifact type (R54, R59–R61, I39).
 *
 * @example
 * ```ts
 * const account = whatCan(world)(subject.user(id.user('a1'), { issuedAt: 5 }), { kind: 'account' })
 * if (account.kind === 'account') account.authoring.filter((a) => a.freshLogin)
 * ```
 */
export interface AccountAbilities {
  readonly kind: 'account'
  readonly subject: Subject
  readonly name: string
  readonly workspace?: WorkspaceId
  readonly operations: readonly ({ readonly operation: AccountOperation } & AccountAct)[]
  readonly authoring: readonly ({ readonly artifact: Artifact; readonly operation: 'create' | 'update' | 'delete' } & AccountAct)[]
}

const artifacts: readonly Artifact[] = ['flow', 'integration', 'connector']
const authorOperations = ['create', 'update', 'delete'] as const

/** A session issued after every grant the world can hold. */
const fresh = { issuedAt: Number.MAX_SAFE_INTEGER }

/**
 * The {@link AccountAbilities} of a subject, every answer from `decide`: as they are, and for
 * `freshLogin`, as the same user with a session issued after every grant.
 *
 * @example
 * ```ts
 * accountAbilities(decider, who, 'a1', undefined)
 * ```
 */
export const accountAbilities = (decider: Decider, who: Subject, name: string, workspace: WorkspaceId | undefined): AccountAbilities => {
  const at = resource.account(workspace)
  const renewed = who.kind === 'user' ? subjects.user(who.id, fresh) : who
  const act = (action: Action): AccountAct => {
    const decision = decider(who, action, at)
    return { decision, freshLogin: decision.effect === 'deny' && decider(renewed, action, at).effect === 'allow' }
  }
  return {
    kind: 'account',
    subject: who,
    name,
    ...(workspace === undefined ? {} : { workspace }),
    operations: accountOperations.map((operation) => ({ operation, ...act({ type: 'account.operate', operation }) })),
    authoring: artifacts.flatMap((artifact) => authorOperations.map((operation) => ({ artifact, operation, ...act({ type: 'account.author', artifact, operation }) }))),
  }
}
