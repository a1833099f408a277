// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apply, decide, encode, type Command, type World } from '../../../src/index.js'
import { commandArb, logArb, tenantWithListsArb } from '../../support/commands.js'
import { walk } from '../../support/command-steps.js'
import { compileTenant } from '../../support/commands.js'

/** The act `decide` sees for a command (a user import is decided row by row, so it has none). */
const decidedAlone = (command: Command): boolean => command.action.type !== 'workspace.importUsers'

describe('a rejected command changes nothing', () => {
  it('a rejected command changes nothing: the world is untouched, and its rejection is the engine\'s own deny', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(12), commandArb, (tenant, log, probe) => {
        const steps = walk(compileTenant(tenant), log)
        const world: World = steps.at(-1)?.after ?? compileTenant(tenant)
        const before = JSON.stringify(encode(world))
        const result = apply(world, probe)
        expect(JSON.stringify(encode(world))).toBe(before)
        if (result._tag === 'Left' && decidedAlone(probe)) {
          const own = decide(world)(probe.actor, probe.action, probe.resource)
          if (own.effect === 'deny') expect(result.left.decision).toEqual(own)
          else expect(result.left.reasons.map((r) => r.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^commands\.(integrity|no_row_applied)$/)]))
        }
        for (const step of steps) if (step.result._tag === 'Left') expect(step.after).toBe(step.before)
      }),
      { numRuns: 150 },
    )
  })
})
