import fc from 'fast-check'
import { describe, it } from 'vitest'
import { id, subject } from '../../../src/index.js'
import { userIds, workplaceArb } from '../../support/arbitraries/workplace.js'
import { allowedCompiles, rejectedChangesNothing, replayIsDeterministic, type CommandDomain } from '../../support/command-properties.js'
import { workplaceCommandArb, workplaceProbes } from '../../support/workplace-commands.js'

const domain: CommandDomain = {
  worlds: workplaceArb.map((workplace) => ({ workplace })),
  commands: workplaceCommandArb,
  probes: userIds.flatMap((user) => workplaceProbes.map(([action, target]) => [subject.user(id.user(user)), action, target] as const)),
}

describe('workplace commands', () => {
  it('replay is deterministic for workplace commands: any arrival order gives the same world, outcomes and audit text (last writer wins)', () => {
    fc.assert(replayIsDeterministic(domain), { numRuns: 150 })
  })
  it("a rejected workplace command changes nothing, and a denied one is the engine's own deny", () => {
    fc.assert(rejectedChangesNothing(domain), { numRuns: 150 })
  })
  it('an allowed workplace command yields a world that compiles, encodes to the same JSON and decides the same', () => {
    fc.assert(allowedCompiles(domain), { numRuns: 150 })
  })
})
