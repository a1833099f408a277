// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, decide, id, resource, subject } from '../../src/index.js'
import { accountArb, accountRequestArb, accountSettingsArb } from '../support/arbitraries/account.js'
import { referenceAccount } from '../reference/account.js'

const deep = process.env.ACCESSGRID_DEEP === '1'
const runs = deep ? 100_000 : 1_000
const timeout = deep ? 3_600_000 : 60_000

describe('differential: account roles', () => {
  it('decide agrees with the naive reference on generated accounts', () => {
    fc.assert(
      fc.property(accountArb, accountSettingsArb, fc.array(accountRequestArb, { minLength: 1, maxLength: 8 }), (input, settings, requests) => {
        const world = compile({ account: input }, settings)
        if (world._tag === 'Left') throw new Error(JSON.stringify(world.left))
        const decider = decide(world.right)
        for (const r of requests) {
          const who = r.issuedAt === undefined ? subject.user(id.user(r.user)) : subject.user(id.user(r.user), { issuedAt: r.issuedAt })
          const on = r.workspace === undefined ? resource.account() : resource.account(id.workspace(r.workspace))
          expect(decider(who, r.action, on).effect).toBe(referenceAccount(input, r, settings))
        }
      }),
      { numRuns: runs },
    )
  }, timeout)
})
