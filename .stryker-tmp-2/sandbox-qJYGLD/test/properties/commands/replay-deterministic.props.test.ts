// @ts-nocheck
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { commandArb, tenantWithListsArb } from '../../support/commands.js'
import { replayIsDeterministic } from '../../support/command-properties.js'

describe('replay is deterministic', () => {
  it('replay is deterministic: the same world and log, in any arrival order, give the same world, outcomes and audit text', () => {
    fc.assert(replayIsDeterministic({ worlds: tenantWithListsArb.map((tenant) => ({ tenant })), commands: commandArb, probes: [] }), { numRuns: 150 })
  })
})
