// @ts-nocheck
import { decide, id, resource, subject, type AccountInput, type Decider, type Settings } from '../../src/index.js'
import type { AccountRequest } from './arbitraries/account.js'
import { compiled } from './compiled.js'

/** Decides generated account requests over an account input. */
export const accountDecider = (input: AccountInput, settings: Partial<Settings> = {}): ((r: AccountRequest) => ReturnType<Decider>) => {
  const d = decide(compiled({ account: input }, settings))
  return (r) =>
    d(
      r.issuedAt === undefined ? subject.user(id.user(r.user)) : subject.user(id.user(r.user), { issuedAt: r.issuedAt }),
      r.action,
      r.workspace === undefined ? resource.account() : resource.account(id.workspace(r.workspace)),
    )
}

/** The account with one user's record changed. */
export const withUser = (a: AccountInput, user: string, change: (u: AccountInput['users'][number]) => AccountInput['users'][number]): AccountInput => ({
  ...a,
  users: a.users.map((u) => (u.id === user ? change(u) : u)),
})
