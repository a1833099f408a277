import fc from 'fast-check'
import { describe, it } from 'vitest'
import { accountArb } from '../../support/arbitraries/account.js'
import { accountCommandArb, accountProbes } from '../../support/account-commands.js'
import { allowedCompiles, rejectedChangesNothing, replayIsDeterministic, type CommandDomain } from '../../support/command-properties.js'

const domain: CommandDomain = { worlds: accountArb.map((account) => ({ account })), commands: accountCommandArb, probes: accountProbes }

describe('account role commands', () => {
  it('replay is deterministic for account role commands: any arrival order gives the same world, outcomes and audit text (last writer wins)', () => {
    fc.assert(replayIsDeterministic(domain), { numRuns: 150 })
  })
  it("a rejected account role command changes nothing, and a denied one is the engine's own deny", () => {
    fc.assert(rejectedChangesNothing(domain), { numRuns: 150 })
  })
  it('an allowed account role command yields a world that compiles, encodes to the same JSON and decides the same', () => {
    fc.assert(allowedCompiles(domain), { numRuns: 150 })
  })
})
