import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apply, compile, decide, encode, explainReplay, id, replay, subject, type World, type WorkplaceInput } from '../../../src/index.js'
import { walk } from '../../support/command-steps.js'
import { userIds, workplaceArb } from '../../support/arbitraries/workplace.js'
import { workplaceCommandArb, workplaceLogArb, workplaceProbes } from '../../support/workplace-commands.js'

const compiledWorkplace = (workplace: WorkplaceInput): World => {
  const world = compile({ workplace })
  if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return world.right
}

const sameDecisions = (world: World, again: World): void => {
  const [before, after] = [decide(world), decide(again)]
  for (const user of userIds)
    for (const [action, target] of workplaceProbes) expect(after(subject.user(id.user(user)), action, target)).toEqual(before(subject.user(id.user(user)), action, target))
}

describe('workplace commands', () => {
  it('replay is deterministic for workplace commands: any arrival order gives the same world, outcomes and audit text (last writer wins)', () => {
    fc.assert(
      fc.property(
        workplaceArb,
        fc.array(workplaceCommandArb, { minLength: 5, maxLength: 16 }).chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length }))),
        (workplace, [log, shuffled]) => {
          const first = replay(compiledWorkplace(workplace), log)
          const again = replay(compiledWorkplace(workplace), shuffled)
          expect(encode(again.world)).toEqual(encode(first.world))
          expect(again.outcomes).toEqual(first.outcomes)
          expect(explainReplay(again.outcomes)).toBe(explainReplay(first.outcomes))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('a rejected workplace command changes nothing, and a denied one is the engine\'s own deny', () => {
    fc.assert(
      fc.property(workplaceArb, workplaceLogArb(10), workplaceCommandArb, (workplace, log, probe) => {
        const steps = walk(compiledWorkplace(workplace), log)
        const world = steps.at(-1)?.after ?? compiledWorkplace(workplace)
        const before = JSON.stringify(encode(world))
        const result = apply(world, probe)
        expect(JSON.stringify(encode(world))).toBe(before)
        if (result._tag === 'Left') {
          const own = decide(world)(probe.actor, probe.action, probe.resource)
          if (own.effect === 'deny') expect(result.left.decision).toEqual(own)
          else expect(result.left.reasons.map((r) => r.code)).toEqual(['commands.integrity'])
        }
        for (const step of steps) if (step.result._tag === 'Left') expect(step.after).toBe(step.before)
      }),
      { numRuns: 150 },
    )
  })

  it('an allowed workplace command yields a world that compiles, encodes to the same JSON and decides the same', () => {
    fc.assert(
      fc.property(workplaceArb, workplaceLogArb(10), (workplace, log) => {
        for (const step of walk(compiledWorkplace(workplace), log)) {
          if (step.result._tag === 'Left') continue
          const json = JSON.parse(JSON.stringify(encode(step.after))) as unknown
          const again = compile(json)
          if (again._tag === 'Left') throw new Error(`${step.command.action.type}: ${again.left.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
          expect(encode(again.right)).toEqual(json)
          sameDecisions(step.after, again.right)
        }
      }),
      { numRuns: 150 },
    )
  })
})
