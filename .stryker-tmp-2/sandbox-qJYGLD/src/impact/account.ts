// @ts-nocheck
import type { Decider } from '../decide.js'
import { accountOperations } from '../domain/actions/account.js'
import type { UserId } from '../domain/ids.js'
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { AccountSnapshot } from '../snapshot/account/types.js'
import { answersDiffer } from './compare.js'
import type { AccountChange } from './types.js'

/** A session issued after every grant: what a user may do once they sign in again (R58, A47). */
const freshLogin = { issuedAt: Number.MAX_SAFE_INTEGER }

/** One world as the account part of an impact reads it. */
export interface AccountSide {
  readonly account: AccountSnapshot | undefined
  readonly decide: Decider
}

/**
 * The account operations each user gains or loses, on the whole account and in each of its workspaces, decided for a fresh login in both worlds. A gain
 * waits for the user's next login (R58, I42, A47: an upgrade waits for a new session); a loss applies
 * at once (a downgrade or a revocation, A16, A47).
 *
 * @example
 * ```ts
 * accountChangesOf(before, after).filter((change) => change.takesEffect === 'freshLogin')
 * ```
 */
export const accountChangesOf = (before: AccountSide, after: AccountSide): readonly AccountChange[] => {
  const users = [...new Set([...(before.account?.users.keys() ?? []), ...(after.account?.users.keys() ?? [])])]
  const workspaces = [undefined, ...new Set([...(before.account?.workspaces ?? []), ...(after.account?.workspaces ?? [])])]
  return users.flatMap((user: UserId) =>
    workspaces.flatMap((workspace) =>
      accountOperations.flatMap((operation): readonly AccountChange[] => {
        const who = subject.user(user, freshLogin)
        const was = before.decide(who, { type: 'account.operate', operation }, resource.account(workspace))
        const is = after.decide(who, { type: 'account.operate', operation }, resource.account(workspace))
        if (!answersDiffer(was, is)) return []
        const takesEffect = is.effect === 'allow' && was.effect === 'deny' ? 'freshLogin' : 'now'
        const where = workspace === undefined ? {} : { workspace }
        return [{ kind: 'account', user, ...where, operation, before: was, after: is, takesEffect }]
      }),
    ),
  )
}
