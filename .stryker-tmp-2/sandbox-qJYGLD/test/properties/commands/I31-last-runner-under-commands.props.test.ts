// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apply, id, resource, subject, type Command, type World } from '../../../src/index.js'
import { compiled } from '../../support/compiled.js'
import { runWorld, runWorldPartsArb } from '../../support/arbitraries/run-world.js'
import { t0 } from '../../support/commands.js'

const manualRun = (trigger: 'a' | 'b' | 'ia', minute: number): Command => ({
  actor: subject.user(id.user(trigger)),
  action: { type: 'cloudworks.run' },
  resource: resource.integration(id.integration('run')),
  at: t0 + minute * 60_000,
  tiebreak: minute,
})

describe('I31 under commands', () => {
  it('I31 after manual runs of a restricted integration, its scheduled run acts as the last runner whose own run was allowed, or is denied when there is none', () => {
    fc.assert(
      fc.property(runWorldPartsArb, fc.array(fc.constantFrom('a' as const, 'b' as const, 'ia' as const), { maxLength: 6 }), (parts, triggers) => {
        const tenant = runWorld({ ...parts, restricted: true, lastRunBy: undefined })
        let world: World = compiled({ tenant })
        let expected: string | undefined
        triggers.forEach((trigger, minute) => {
          const result = apply(world, manualRun(trigger, minute))
          if (result._tag === 'Left') return
          world = result.right.world
          expected = trigger
        })
        const after = apply(world, { ...manualRun('a', 99), actor: subject.scheduler })
        const decision = after._tag === 'Right' ? after.right.decision : after.left.decision
        if (expected === undefined) expect(decision?.reasons.map((r) => r.code)).toContain('integration_roles.no_last_runner')
        else expect(decision?.actor).toEqual(subject.user(id.user(expected)))
      }),
      { numRuns: 150 },
    )
  })
})
